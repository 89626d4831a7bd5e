import { defineRule } from '../../api.js';
import { checkObjectEvents } from './object-events.js';

export const rule = defineRule({
  id: 'aws-s3-bucket-object-write-events-logged',
  title: 'Object-level write events of S3 buckets are logged by CloudTrail',
  description:
    'CloudTrail records object uploads, overwrites and deletions (PutObject, DeleteObject, CopyObject...) only ' +
    'as data events, which trails do not log by default. Without them nobody can tell who changed or destroyed ' +
    "a bucket's data. A trail that is logging, covers the bucket's region (multi-region, or homed there) and " +
    'has a data-event selector for `AWS::S3::Object` write events, for all buckets or this one, records them.',
  severity: 'medium',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['aws.s3.bucket'],
  requires: ['aws.cloudtrail.trail', 'aws.account'],
  messages: {
    none: 'Account {{account}} has no CloudTrail trail, so object-level write events of bucket {{name}} are not logged',
    notLogged: 'No CloudTrail trail logs the object-level write events of bucket {{name}} ({{trails}})',
  },
  remediation: {
    text:
      'Add an S3 data-event selector for write events to a multi-region trail that is logging: all buckets ' +
      '(`arn:aws:s3`), or this bucket (`arn:aws:s3:::<bucket>/`). Data events are charged per event.',
    cli: 'aws cloudtrail put-event-selectors --trail-name <trail> --advanced-event-selectors \'[{"Name":"S3 object writes","FieldSelectors":[{"Field":"eventCategory","Equals":["Data"]},{"Field":"resources.type","Equals":["AWS::S3::Object"]},{"Field":"readOnly","Equals":["false"]}]}]\'',
    terraform:
      'resource "aws_cloudtrail" "this" {\n  # ...\n  is_multi_region_trail = true\n  event_selector {\n    read_write_type           = "WriteOnly"\n    include_management_events = true\n    data_resource {\n      type   = "AWS::S3::Object"\n      values = ["arn:aws:s3"]\n    }\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-data-events-with-cloudtrail.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-22',
  ],
  check: (bucket, ctx) => checkObjectEvents(bucket, ctx, 'write'),
});
