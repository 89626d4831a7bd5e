import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureEksCluster } from '../testing/fixtures.js';
import { rule } from './aws-eks-cluster-public-endpoint-disabled.js';

const cluster = (config: Partial<typeof secureEksCluster>) =>
  assetOf('aws.eks.cluster', { ...secureEksCluster, ...config }, { name: 'prod' });

runRuleTests(rule, {
  valid: [cluster({}), cluster({ endpointPublicAccess: false, publicAccessCidrs: unknown('not read') })],
  invalid: [
    {
      name: 'open to the internet',
      asset: cluster({ endpointPublicAccess: true, publicAccessCidrs: ['0.0.0.0/0'] }),
      messageId: 'public',
      message: 'EKS cluster prod has a public API endpoint (reachable from 0.0.0.0/0)',
    },
    {
      name: 'limited to named CIDRs is still public for EKS.1',
      asset: cluster({ endpointPublicAccess: true, publicAccessCidrs: ['203.0.113.0/24'] }),
      messageId: 'public',
      message: 'EKS cluster prod has a public API endpoint (reachable from 203.0.113.0/24)',
    },
  ],
  unknown: [
    { asset: cluster({ endpointPublicAccess: unknown('not recorded') }), field: 'endpointPublicAccess' },
  ],
});
