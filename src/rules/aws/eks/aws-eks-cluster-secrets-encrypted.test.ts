import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureEksCluster } from '../testing/fixtures.js';
import { rule } from './aws-eks-cluster-secrets-encrypted.js';

const cluster = (config: Partial<typeof secureEksCluster>) =>
  assetOf('aws.eks.cluster', { ...secureEksCluster, ...config }, { name: 'prod' });

runRuleTests(rule, {
  valid: [cluster({})],
  invalid: [
    {
      asset: cluster({ encryptionConfig: [] }),
      messageId: 'off',
      message: 'EKS cluster prod does not encrypt Kubernetes secrets with a KMS key',
    },
  ],
  unknown: [{ asset: cluster({ encryptionConfig: unknown('not recorded') }), field: 'encryptionConfig' }],
});
