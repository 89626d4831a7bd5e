import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureCluster } from '../testing/fixtures.js';
import { rule } from './gcp-container-cluster-master-authorized-networks-enabled.js';

const cluster = (config: Partial<typeof secureCluster>) =>
  assetOf(
    'gcp.container.cluster',
    { ...secureCluster, ...config },
    {
      name: 'prod-gke',
      uid: '//container.googleapis.com/projects/acme-prod/locations/us-east1/clusters/prod-gke',
      region: 'us-east1',
    },
  );

runRuleTests(rule, {
  valid: [cluster({})],
  invalid: [
    {
      asset: cluster({
        masterAuthorizedNetworks: { enabled: false, cidrBlocks: [], gcpPublicCidrsAccessEnabled: null },
      }),
      messageId: 'off',
      message: 'Cluster prod-gke does not restrict control plane access to authorized networks',
    },
  ],
  unknown: [
    { asset: cluster({ masterAuthorizedNetworks: unknown('no data') }), field: 'masterAuthorizedNetworks' },
  ],
});
