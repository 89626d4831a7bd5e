import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureInstance, NETWORK_UID } from '../testing/fixtures.js';
import { rule } from './gcp-compute-instance-no-public-ip.js';

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

const nic = (
  accessConfigs: { type: string; natIP: string | null }[],
  ipv6: { type: string; externalIpv6: string | null }[] = [],
) => [
  {
    name: 'nic0',
    network: NETWORK_UID,
    subnetwork: null,
    networkIP: '10.0.0.2',
    accessConfigs,
    ipv6AccessConfigs: ipv6,
  },
];

runRuleTests(rule, {
  valid: [vm({})],
  invalid: [
    {
      name: 'static external IPv4',
      asset: vm({ networkInterfaces: nic([{ type: 'ONE_TO_ONE_NAT', natIP: '34.73.0.10' }]) }),
      messageId: 'external',
      message: 'VM web-1 has an external IP address (34.73.0.10)',
    },
    {
      name: 'ephemeral IPv4 not yet assigned, and external IPv6',
      asset: vm({
        networkInterfaces: nic(
          [{ type: 'ONE_TO_ONE_NAT', natIP: null }],
          [{ type: 'DIRECT_IPV6', externalIpv6: '2600:1900::1' }],
        ),
      }),
      messageId: 'external',
      message: 'VM web-1 has an external IP address (ephemeral IPv4, 2600:1900::1)',
    },
  ],
  unknown: [
    {
      asset: vm({ networkInterfaces: unknown('the CAI record has no resource data') }),
      field: 'networkInterfaces',
    },
  ],
  notApplicable: [
    {
      name: 'GKE node',
      asset: vm(
        { networkInterfaces: nic([{ type: 'ONE_TO_ONE_NAT', natIP: '34.1.1.1' }]) },
        { 'goog-gke-node': '' },
      ),
    },
  ],
});
