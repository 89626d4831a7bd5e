import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-codebuild-project-s3-logs-encrypted',
  title: 'CodeBuild project logs written to S3 are encrypted',
  description:
    'Build logs can carry source, configuration and secrets printed by build scripts. Logs a project writes to S3 with encryption disabled are stored in clear text.',
  severity: 'low',
  category: 'encryption',
  aspects: ['encryption'],
  assetTypes: ['aws.codebuild.project'],
  messages: {
    off: 'CodeBuild project {{name}} writes its logs to S3 without encryption',
  },
  remediation: {
    text: "Turn encryption back on for the project's S3 logs.",
    cli: 'aws codebuild update-project --name <project> --logs-config "s3Logs={status=ENABLED,location=<bucket/prefix>,encryptionDisabled=false}"',
  },
  references: [
    'https://docs.aws.amazon.com/codebuild/latest/userguide/change-project-console.html#change-project-console-logs',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/codebuild-controls.html#codebuild-3',
  ],
  check(d, ctx) {
    if (!need(d.config, 's3LogsEnabled')) return ctx.notApplicable('the project does not write logs to S3');
    if (need(d.config, 's3LogsEncrypted') === true) return ctx.pass();
    return ctx.fail('off', { name: d.name });
  },
});
