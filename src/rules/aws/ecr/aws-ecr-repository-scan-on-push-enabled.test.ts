import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureEcrRepository } from '../testing/app-fixtures.js';
import { rule } from './aws-ecr-repository-scan-on-push-enabled.js';

const repo = (config: Partial<typeof secureEcrRepository>) =>
  assetOf('aws.ecr.repository', { ...secureEcrRepository, ...config }, { name: 'app' });

runRuleTests(rule, {
  valid: [repo({})],
  invalid: [
    {
      asset: repo({ scanOnPush: false }),
      messageId: 'off',
      message: 'ECR repository app does not scan images on push',
    },
  ],
  unknown: [{ asset: repo({ scanOnPush: unknown('not recorded') }), field: 'scanOnPush' }],
});
