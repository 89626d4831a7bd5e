import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureEksCluster } from '../testing/fixtures.js';
import { rule } from './aws-eks-cluster-control-plane-logging-enabled.js';

const cluster = (config: Partial<typeof secureEksCluster>) =>
  assetOf('aws.eks.cluster', { ...secureEksCluster, ...config }, { name: 'prod' });

runRuleTests(rule, {
  valid: [cluster({})],
  invalid: [
    {
      name: 'only api and audit',
      asset: cluster({ enabledLogTypes: ['api', 'audit'] }),
      messageId: 'missing',
      message:
        'EKS cluster prod does not send authenticator, controllerManager, scheduler control plane logs to CloudWatch Logs',
    },
    { name: 'none', asset: cluster({ enabledLogTypes: [] }), messageId: 'missing' },
  ],
  unknown: [{ asset: cluster({ enabledLogTypes: unknown('not recorded') }), field: 'enabledLogTypes' }],
});
