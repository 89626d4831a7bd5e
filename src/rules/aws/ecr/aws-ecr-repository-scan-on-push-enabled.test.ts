import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureEcrRepository } from '../testing/app-fixtures.js';
import { rule } from './aws-ecr-repository-scan-on-push-enabled.js';

const repo = (config: Partial<typeof secureEcrRepository>) =>
  assetOf('aws.ecr.repository', { ...secureEcrRepository, ...config }, { name: 'app' });

runRuleTests(rule, {
  valid: [
    repo({}),
    {
      name: "scanned by the registry's enhanced scanning",
      asset: repo({ scanOnPush: false, scanFrequency: 'CONTINUOUS_SCAN' }),
    },
  ],
  invalid: [
    {
      asset: repo({ scanOnPush: false, scanFrequency: 'MANUAL' }),
      messageId: 'off',
      message: 'ECR repository app does not scan images on push',
    },
  ],
  unknown: [
    { asset: repo({ scanOnPush: unknown('not recorded') }), field: 'scanOnPush' },
    { asset: repo({ scanOnPush: false, scanFrequency: unknown('not recorded') }), field: 'scanFrequency' },
  ],
});
