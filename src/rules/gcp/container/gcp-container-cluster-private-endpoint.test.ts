import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureCluster } from '../testing/fixtures.js';
import { rule } from './gcp-container-cluster-private-endpoint.js';

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

const publicEndpoint = {
  enablePrivateNodes: true,
  enablePrivateEndpoint: false,
  masterIpv4CidrBlock: '172.16.0.0/28',
};
const noNetworks = { enabled: false, cidrBlocks: [], gcpPublicCidrsAccessEnabled: null };

runRuleTests(rule, {
  valid: [
    cluster({}),
    {
      name: 'private endpoint, authorized networks off',
      asset: cluster({ masterAuthorizedNetworks: noNetworks }),
    },
    {
      name: 'public endpoint limited to an office range',
      asset: cluster({ privateClusterConfig: publicEndpoint }),
    },
  ],
  invalid: [
    {
      name: 'public cluster without authorized networks',
      asset: cluster({ privateClusterConfig: null, masterAuthorizedNetworks: noNetworks }),
      messageId: 'open',
      message: 'Cluster prod-gke exposes its control plane on a public endpoint without authorized networks',
    },
    {
      name: 'authorized networks that admit everyone',
      asset: cluster({
        privateClusterConfig: publicEndpoint,
        masterAuthorizedNetworks: {
          enabled: true,
          cidrBlocks: [{ cidrBlock: '0.0.0.0/0', displayName: 'all' }],
          gcpPublicCidrsAccessEnabled: null,
        },
      }),
      messageId: 'world',
      message: 'Cluster prod-gke control plane authorized networks include 0.0.0.0/0',
    },
  ],
  unknown: [
    {
      asset: cluster({ privateClusterConfig: unknown('the CAI record has no resource data') }),
      field: 'privateClusterConfig',
    },
    {
      asset: cluster({ privateClusterConfig: null, masterAuthorizedNetworks: unknown('no data') }),
      field: 'masterAuthorizedNetworks',
    },
  ],
});
