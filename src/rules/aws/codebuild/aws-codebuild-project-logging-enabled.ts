import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-codebuild-project-logging-enabled',
  title: 'CodeBuild projects keep build logs',
  description:
    'Build logs show what a build fetched, ran and published. Without them (neither CloudWatch Logs nor S3), a tampered or compromised build leaves nothing to investigate.',
  severity: 'medium',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['aws.codebuild.project'],
  messages: {
    off: 'CodeBuild project {{name}} sends its logs neither to CloudWatch Logs nor to S3',
  },
  remediation: {
    text: 'Enable CloudWatch Logs (the default) or S3 logs for the project.',
    cli: 'aws codebuild update-project --name <project> --logs-config "cloudWatchLogs={status=ENABLED}"',
  },
  references: [
    'https://docs.aws.amazon.com/codebuild/latest/userguide/change-project-console.html#change-project-console-logs',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/codebuild-controls.html#codebuild-4',
  ],
  check(d, ctx) {
    if (d.config.cloudWatchLogsEnabled === true || d.config.s3LogsEnabled === true) return ctx.pass();
    if (need(d.config, 'cloudWatchLogsEnabled') || need(d.config, 's3LogsEnabled')) return ctx.pass();
    return ctx.fail('off', { name: d.name });
  },
});
