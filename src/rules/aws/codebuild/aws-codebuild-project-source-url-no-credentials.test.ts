import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureCodeBuildProject } from '../testing/analytics-fixtures.js';
import { rule } from './aws-codebuild-project-source-url-no-credentials.js';

const project = (config: Partial<typeof secureCodeBuildProject>) =>
  assetOf('aws.codebuild.project', { ...secureCodeBuildProject, ...config }, { name: 'build' });

runRuleTests(rule, {
  valid: [
    project({}),
    project({ sources: [{ type: 'S3', location: 'artifacts/app.zip', credentialsInUrl: false }] }),
  ],
  invalid: [
    {
      asset: project({
        sources: [
          {
            type: 'BITBUCKET',
            location: 'https://***@bitbucket.org/example/app.git',
            credentialsInUrl: true,
          },
        ],
      }),
      messageId: 'creds',
      message: 'CodeBuild project build has credentials in the URL of its BITBUCKET source',
    },
  ],
  unknown: [{ asset: project({ sources: unknown('not recorded') }), field: 'sources' }],
});
