import { runRuleTests } from '../../testing/tester.js';
import { exposedEstate, UIDS } from '../testing/network-fixtures.js';
import { rule } from './aws-combo-exposed-management-port-production-no-flow-logs.js';

const prod = exposedEstate({ instanceTags: { Environment: 'Production' } });
const related = (e: ReturnType<typeof exposedEstate>) => e.all.filter((a) => a !== e.instance);
const https = [
  {
    protocol: 'tcp',
    fromPort: 443,
    toPort: 443,
    ipv4Ranges: ['0.0.0.0/0'],
    ipv6Ranges: [],
    securityGroups: [],
    prefixListIds: [],
  },
];
const noFlowLogs: [string, string][] = [['aws-ec2-vpc-flow-logs-enabled', UIDS.vpc]];

runRuleTests(rule, {
  valid: [
    { name: 'flow logs on', asset: prod.instance, related: related(prod) },
    {
      name: 'only HTTPS exposed',
      ...(() => {
        const e = exposedEstate({ instanceTags: { Environment: 'Production' }, sgIngress: https });
        return { asset: e.instance, related: related(e) };
      })(),
      failing: noFlowLogs,
    },
    {
      name: 'not production',
      ...(() => {
        const e = exposedEstate({ instanceTags: { Environment: 'dev' } });
        return { asset: e.instance, related: related(e) };
      })(),
      failing: noFlowLogs,
    },
  ],
  invalid: [
    {
      asset: prod.instance,
      related: related(prod),
      failing: [...noFlowLogs, ['aws-ec2-security-group-no-public-ssh', UIDS.sg]],
      messageId: 'toxic',
      message:
        'Production host web-1 exposes port 22 (internet → igw-0a1b2c3d → rtb-0a1b2c3d → acl-0a1b2c3d → subnet-0123456789abcdef0 → i-0123456789abcdef0 via sg-0123456789abcdef0:22) and its VPC has no flow logs',
    },
  ],
  unknown: [],
  neverUnknown: 'it reads only the exposure graph and the failures of its component rules',
});
