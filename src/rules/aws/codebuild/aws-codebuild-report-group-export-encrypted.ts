import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-codebuild-report-group-export-encrypted',
  title: 'CodeBuild report group exports are encrypted at rest',
  description:
    'Test and coverage reports a report group exports to S3 describe the code under test and can carry ' +
    'data from test fixtures. An export with encryption disabled is stored in clear text.',
  severity: 'medium',
  category: 'encryption',
  aspects: ['encryption'],
  assetTypes: ['aws.codebuild.report-group'],
  messages: {
    off: 'CodeBuild report group {{name}} exports its reports to S3 with encryption disabled',
  },
  remediation: {
    text: 'Turn encryption back on for the report group export (encryptionDisabled = false), preferably with a KMS key you manage.',
    cli: 'aws codebuild update-report-group --arn <report-group-arn> --export-config "exportConfigType=S3,s3Destination={bucket=<bucket>,encryptionDisabled=false,encryptionKey=<kms-key-arn>}"',
    terraform:
      'resource "aws_codebuild_report_group" "this" {\n  # ...\n  export_config {\n    type = "S3"\n    s3_destination {\n      bucket              = aws_s3_bucket.reports.id\n      encryption_disabled = false\n      encryption_key      = aws_kms_key.reports.arn\n    }\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/codebuild/latest/userguide/report-group-export-settings.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/codebuild-controls.html#codebuild-7',
  ],
  check(group, ctx) {
    const type = need(group.config, 'exportType');
    if (type !== 'S3') return ctx.notApplicable(`the report group does not export to S3 (${type})`);
    if (need(group.config, 'exportEncryptionDisabled') === true) return ctx.fail('off', { name: group.name });
    return ctx.pass({ exportEncryptionKey: need(group.config, 'exportEncryptionKey') });
  },
});
