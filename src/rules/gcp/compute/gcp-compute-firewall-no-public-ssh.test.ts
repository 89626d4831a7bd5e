import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureFirewall } from '../testing/fixtures.js';
import { rule } from './gcp-compute-firewall-no-public-ssh.js';

const fw = (config: Partial<typeof secureFirewall>) =>
  assetOf(
    'gcp.compute.firewall',
    { ...secureFirewall, ...config },
    {
      name: 'allow-admin',
      uid: '//compute.googleapis.com/projects/acme-prod/global/firewalls/allow-admin',
      region: 'global',
    },
  );
const world = { sourceRanges: ['0.0.0.0/0'] };

runRuleTests(rule, {
  valid: [
    fw({}),
    { name: 'disabled rule open to the world', asset: fw({ ...world, disabled: true }) },
    { name: 'web ports only', asset: fw({ ...world, allowed: [{ protocol: 'tcp', ports: ['80', '443'] }] }) },
    { name: 'UDP 22 is not SSH', asset: fw({ ...world, allowed: [{ protocol: 'udp', ports: ['22'] }] }) },
    {
      name: 'range that stops short of 22',
      asset: fw({ ...world, allowed: [{ protocol: 'tcp', ports: ['23-25'] }] }),
    },
  ],
  invalid: [
    {
      name: 'tcp:22 from 0.0.0.0/0 to tagged instances',
      asset: fw(world),
      messageId: 'open',
      message: 'Firewall rule allow-admin allows 22 (SSH) from 0.0.0.0/0 to instances tagged admin',
    },
    {
      name: 'a port range covering 22, to every instance',
      asset: fw({ ...world, targetTags: [], allowed: [{ protocol: 'tcp', ports: ['20-25'] }] }),
      messageId: 'open',
      message: 'Firewall rule allow-admin allows 22 (SSH) from 0.0.0.0/0 to every instance in the network',
    },
    {
      name: 'all protocols',
      asset: fw({ ...world, allowed: [{ protocol: 'all', ports: [] }] }),
      messageId: 'open',
    },
    {
      name: 'tcp without ports (all ports)',
      asset: fw({ ...world, allowed: [{ protocol: 'tcp', ports: [] }] }),
      messageId: 'open',
    },
    {
      name: 'IP protocol number 6',
      asset: fw({ ...world, allowed: [{ protocol: '6', ports: ['22'] }] }),
      messageId: 'open',
    },
    {
      name: 'IPv6 world range among others',
      asset: fw({
        sourceRanges: ['10.0.0.0/8', '::/0'],
        targetServiceAccounts: ['ci@acme-prod.iam.gserviceaccount.com'],
        targetTags: [],
      }),
      messageId: 'open',
      message:
        'Firewall rule allow-admin allows 22 (SSH) from ::/0 to instances running as ci@acme-prod.iam.gserviceaccount.com',
    },
  ],
  unknown: [
    { asset: fw({ sourceRanges: unknown('not in the record') }), field: 'sourceRanges' },
    { asset: fw({ direction: unknown('the firewall record has no direction') }), field: 'direction' },
  ],
  notApplicable: [
    { name: 'egress rule', asset: fw({ ...world, direction: 'EGRESS' }) },
    { name: 'deny rule', asset: fw({ ...world, allowed: [], denied: [{ protocol: 'tcp', ports: ['22'] }] }) },
  ],
});
