import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureInstance } from '../testing/fixtures.js';
import { rule } from './gcp-compute-instance-ip-forwarding-disabled.js';

const vm = (config: Partial<typeof secureInstance>, tags: Record<string, string> = {}) =>
  assetOf(
    'gcp.compute.instance',
    { ...secureInstance, ...config },
    {
      name: 'web-1',
      uid: '//compute.googleapis.com/projects/acme-prod/zones/us-east1-b/instances/web-1',
      region: 'us-east1',
      tags,
    },
  );

runRuleTests(rule, {
  valid: [vm({})],
  invalid: [
    {
      asset: vm({ canIpForward: true }),
      messageId: 'forwarding',
      message: 'VM web-1 has IP forwarding enabled',
    },
  ],
  unknown: [{ asset: vm({ canIpForward: unknown('no data') }), field: 'canIpForward' }],
  notApplicable: [
    {
      name: 'GKE node of a routes-based cluster',
      asset: vm({ canIpForward: true }, { 'goog-gke-node': '' }),
    },
  ],
});
