import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureEcrRepository } from '../testing/app-fixtures.js';
import { rule } from './aws-ecr-repository-tag-immutability-enabled.js';

const repo = (config: Partial<typeof secureEcrRepository>) =>
  assetOf('aws.ecr.repository', { ...secureEcrRepository, ...config }, { name: 'app' });

runRuleTests(rule, {
  valid: [repo({}), repo({ imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION' })],
  invalid: [
    {
      asset: repo({ imageTagMutability: 'MUTABLE' }),
      messageId: 'mutable',
      message: 'ECR repository app allows image tags to be overwritten (MUTABLE)',
    },
  ],
  unknown: [{ asset: repo({ imageTagMutability: unknown('not recorded') }), field: 'imageTagMutability' }],
});
