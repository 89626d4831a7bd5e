import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-cloudtrail-trail-log-file-validation-enabled',
  title: 'CloudTrail trails have log file validation enabled',
  description:
    'Log file validation has CloudTrail deliver signed, hash-chained digest files, so you can prove that ' +
    'log files were not changed or deleted after delivery — what an investigation, or an intruder covering ' +
    'tracks, turns on.',
  severity: 'medium',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['aws.cloudtrail.trail'],
  messages: {
    off: 'Trail {{name}} has log file validation turned off',
  },
  remediation: {
    text: 'Enable log file validation on the trail.',
    cli: 'aws cloudtrail update-trail --name <trail> --enable-log-file-validation',
    terraform: 'resource "aws_cloudtrail" "this" {\n  # ...\n  enable_log_file_validation = true\n}',
  },
  references: [
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html#cloudtrail-4',
  ],
  check(trail, ctx) {
    if (need(trail.config, 'logFileValidation')) return ctx.pass();
    return ctx.fail('off', { name: trail.name });
  },
});
