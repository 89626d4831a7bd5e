import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureCodeBuildProject } from '../testing/analytics-fixtures.js';
import { rule } from './aws-codebuild-project-logging-enabled.js';

const project = (config: Partial<typeof secureCodeBuildProject>) =>
  assetOf('aws.codebuild.project', { ...secureCodeBuildProject, ...config }, { name: 'build' });

runRuleTests(rule, {
  valid: [
    project({}),
    project({ cloudWatchLogsEnabled: false }),
    project({ s3LogsEnabled: unknown('not recorded') }),
  ],
  invalid: [
    {
      asset: project({ cloudWatchLogsEnabled: false, s3LogsEnabled: false, s3LogsEncrypted: null }),
      messageId: 'off',
      message: 'CodeBuild project build sends its logs neither to CloudWatch Logs nor to S3',
    },
  ],
  unknown: [
    {
      asset: project({ cloudWatchLogsEnabled: unknown('not recorded'), s3LogsEnabled: false }),
      field: 'cloudWatchLogsEnabled',
    },
    {
      asset: project({ cloudWatchLogsEnabled: false, s3LogsEnabled: unknown('not recorded') }),
      field: 's3LogsEnabled',
    },
  ],
});
