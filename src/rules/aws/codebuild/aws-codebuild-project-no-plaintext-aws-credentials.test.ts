import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureCodeBuildProject } from '../testing/analytics-fixtures.js';
import { rule } from './aws-codebuild-project-no-plaintext-aws-credentials.js';

const project = (config: Partial<typeof secureCodeBuildProject>) =>
  assetOf('aws.codebuild.project', { ...secureCodeBuildProject, ...config }, { name: 'build' });

runRuleTests(rule, {
  valid: [project({})],
  invalid: [
    {
      asset: project({
        environmentVariables: [
          { name: 'AWS_ACCESS_KEY_ID', type: 'PLAINTEXT' },
          { name: 'AWS_SECRET_ACCESS_KEY', type: 'PLAINTEXT' },
        ],
      }),
      messageId: 'plain',
      message:
        'CodeBuild project build holds AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY as plain-text environment variables',
    },
  ],
  unknown: [
    { asset: project({ environmentVariables: unknown('not recorded') }), field: 'environmentVariables' },
  ],
});
