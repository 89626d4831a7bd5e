import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureEcrRepository } from '../testing/app-fixtures.js';
import { rule } from './aws-ecr-repository-lifecycle-policy-configured.js';

const repo = (config: Partial<typeof secureEcrRepository>) =>
  assetOf('aws.ecr.repository', { ...secureEcrRepository, ...config }, { name: 'app' });

runRuleTests(rule, {
  valid: [repo({})],
  invalid: [
    {
      asset: repo({ lifecyclePolicy: false }),
      messageId: 'none',
      message: 'ECR repository app has no lifecycle policy',
    },
  ],
  unknown: [{ asset: repo({ lifecyclePolicy: unknown('not recorded') }), field: 'lifecyclePolicy' }],
});
