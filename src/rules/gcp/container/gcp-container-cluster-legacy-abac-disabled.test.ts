import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureCluster } from '../testing/fixtures.js';
import { rule } from './gcp-container-cluster-legacy-abac-disabled.js';

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
      asset: cluster({ legacyAbacEnabled: true }),
      messageId: 'enabled',
      message: 'Cluster prod-gke has legacy ABAC enabled',
    },
  ],
  unknown: [{ asset: cluster({ legacyAbacEnabled: unknown('no data') }), field: 'legacyAbacEnabled' }],
});
