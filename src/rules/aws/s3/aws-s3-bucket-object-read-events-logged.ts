import { defineRule } from '../../api.js';
import { checkObjectEvents } from './object-events.js';

export const rule = defineRule({
  id: 'aws-s3-bucket-object-read-events-logged',
  title: 'Object-level read events of S3 buckets are logged by CloudTrail',
  description:
    'CloudTrail records object reads (GetObject, SelectObjectContent...) only as data events, which trails do ' +
    'not log by default. Without them nobody can tell who read or exfiltrated the data of a bucket. ' +
    "A trail that is logging, covers the bucket's region (multi-region, or homed there) and " +
    'has a data-event selector for `AWS::S3::Object` read events, for all buckets or this one, records them.',
  severity: 'medium',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['aws.s3.bucket'],
  requires: ['aws.cloudtrail.trail', 'aws.account'],
  messages: {
    none: 'Account {{account}} has no CloudTrail trail, so object-level read events of bucket {{name}} are not logged',
    notLogged: 'No CloudTrail trail logs the object-level read events of bucket {{name}} ({{trails}})',
  },
  remediation: {
    text:
      'Add an S3 data-event selector for read events to a multi-region trail that is logging: all buckets ' +
      '(`arn:aws:s3`), or this bucket (`arn:aws:s3:::<bucket>/`). Data events are charged per event.',
    cli: 'aws cloudtrail put-event-selectors --trail-name <trail> --advanced-event-selectors \'[{"Name":"S3 object reads","FieldSelectors":[{"Field":"eventCategory","Equals":["Data"]},{"Field":"resources.type","Equals":["AWS::S3::Object"]},{"Field":"readOnly","Equals":["true"]}]}]\'',
    terraform:
      'resource "aws_cloudtrail" "this" {\n  # ...\n  is_multi_region_trail = true\n  event_selector {\n    read_write_type           = "ReadOnly"\n    include_management_events = true\n    data_resource {\n      type   = "AWS::S3::Object"\n      values = ["arn:aws:s3"]\n    }\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-data-events-with-cloudtrail.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-23',
  ],
  check: (bucket, ctx) => checkObjectEvents(bucket, ctx, 'read'),
});
