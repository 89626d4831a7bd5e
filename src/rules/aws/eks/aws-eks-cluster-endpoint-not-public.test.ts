import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureEksCluster } from '../testing/fixtures.js';
import { rule } from './aws-eks-cluster-endpoint-not-public.js';

const cluster = (config: Partial<typeof secureEksCluster>) =>
  assetOf('aws.eks.cluster', { ...secureEksCluster, ...config }, { name: 'prod' });

runRuleTests(rule, {
  valid: [
    cluster({}),
    {
      name: 'public endpoint restricted to an admin range',
      asset: cluster({ endpointPublicAccess: true, publicAccessCidrs: ['203.0.113.0/24'] }),
    },
  ],
  invalid: [
    {
      asset: cluster({ endpointPublicAccess: true, publicAccessCidrs: ['0.0.0.0/0'] }),
      messageId: 'public',
      message: 'EKS cluster prod API endpoint is public and open to 0.0.0.0/0',
    },
  ],
  unknown: [
    { asset: cluster({ endpointPublicAccess: unknown('not recorded') }), field: 'endpointPublicAccess' },
    {
      asset: cluster({ endpointPublicAccess: true, publicAccessCidrs: unknown('not recorded') }),
      field: 'publicAccessCidrs',
    },
  ],
});
