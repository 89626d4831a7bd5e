import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureCodeBuildProject } from '../testing/analytics-fixtures.js';
import { rule } from './aws-codebuild-project-not-privileged.js';

const project = (config: Partial<typeof secureCodeBuildProject>) =>
  assetOf('aws.codebuild.project', { ...secureCodeBuildProject, ...config }, { name: 'build' });

runRuleTests(rule, {
  valid: [project({})],
  invalid: [
    {
      asset: project({ privilegedMode: true }),
      messageId: 'privileged',
      message: 'CodeBuild project build runs its builds in privileged mode',
    },
  ],
  unknown: [{ asset: project({ privilegedMode: unknown('not recorded') }), field: 'privilegedMode' }],
});
