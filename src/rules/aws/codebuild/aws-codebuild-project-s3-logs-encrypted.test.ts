import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureCodeBuildProject } from '../testing/analytics-fixtures.js';
import { rule } from './aws-codebuild-project-s3-logs-encrypted.js';

const project = (config: Partial<typeof secureCodeBuildProject>) =>
  assetOf('aws.codebuild.project', { ...secureCodeBuildProject, ...config }, { name: 'build' });

runRuleTests(rule, {
  valid: [project({})],
  invalid: [
    {
      asset: project({ s3LogsEncrypted: false }),
      messageId: 'off',
      message: 'CodeBuild project build writes its logs to S3 without encryption',
    },
  ],
  unknown: [
    { asset: project({ s3LogsEnabled: unknown('not recorded') }), field: 's3LogsEnabled' },
    { asset: project({ s3LogsEncrypted: unknown('not recorded') }), field: 's3LogsEncrypted' },
  ],
  notApplicable: [project({ s3LogsEnabled: false, s3LogsEncrypted: null })],
});
