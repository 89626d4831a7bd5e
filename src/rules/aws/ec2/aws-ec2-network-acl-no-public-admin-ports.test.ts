import { unknown } from '../../../model/unknown.js';
import type { NaclEntry } from '../../../inventory/aws/vpc-routing.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { allowAllAcl } from '../testing/network-fixtures.js';
import { rule } from './aws-ec2-network-acl-no-public-admin-ports.js';

const acl = (entries: NaclEntry[] | ReturnType<typeof unknown>) =>
  assetOf('aws.ec2.network-acl', { ...allowAllAcl, entries }, { name: 'acl-1' });
const entry = (e: Partial<NaclEntry>): NaclEntry => ({
  ruleNumber: 100,
  protocol: 'tcp',
  action: 'allow',
  egress: false,
  cidr: '0.0.0.0/0',
  fromPort: 443,
  toPort: 443,
  ...e,
});
const DENY_ALL = entry({ ruleNumber: 32767, protocol: 'all', action: 'deny', fromPort: null, toPort: null });

runRuleTests(rule, {
  valid: [
    acl([entry({}), DENY_ALL]),
    {
      name: 'SSH only from the office',
      asset: acl([entry({ fromPort: 22, toPort: 22, cidr: '203.0.113.0/24' }), DENY_ALL]),
    },
    {
      name: 'a lower-numbered deny closes SSH and RDP before allow all',
      asset: acl([
        entry({ ruleNumber: 10, protocol: 'all', action: 'deny', fromPort: null, toPort: null }),
        entry({ ruleNumber: 100, protocol: 'all', fromPort: null, toPort: null }),
      ]),
    },
    {
      name: 'egress entries do not count',
      asset: acl([entry({ egress: true, protocol: 'all', fromPort: null, toPort: null }), DENY_ALL]),
    },
  ],
  invalid: [
    {
      name: 'the default allow-all ACL',
      asset: acl(allowAllAcl.entries),
      messageId: 'open',
      message: 'Network ACL acl-1 allows tcp 22, tcp 3389, udp 22, udp 3389 in from the internet',
    },
    {
      name: 'a port range spanning SSH',
      asset: acl([entry({ fromPort: 0, toPort: 1024 }), DENY_ALL]),
      messageId: 'open',
      message: 'Network ACL acl-1 allows tcp 22 in from the internet',
    },
    {
      name: 'RDP from ::/0',
      asset: acl([entry({ fromPort: 3389, toPort: 3389, cidr: '::/0' }), DENY_ALL]),
      messageId: 'open',
    },
  ],
  unknown: [{ asset: acl(unknown('not recorded')), field: 'entries' }],
});
