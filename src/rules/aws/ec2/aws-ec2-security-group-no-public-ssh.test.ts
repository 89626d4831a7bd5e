import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { openIngress, secureSecurityGroup } from '../testing/fixtures.js';
import { rule } from './aws-ec2-security-group-no-public-ssh.js';

const sg = (ingress: typeof secureSecurityGroup.ingress) =>
  assetOf('aws.ec2.security-group', { ...secureSecurityGroup, ingress }, { name: 'web' });

runRuleTests(rule, {
  valid: [
    sg(secureSecurityGroup.ingress),
    { name: 'SSH from a private range only', asset: sg(openIngress('tcp', 22, 22, '10.0.0.0/8')) },
    { name: 'SSH from a /32 public address', asset: sg(openIngress('tcp', 22, 22, '203.0.113.7/32')) },
    { name: 'HTTPS from the world', asset: sg(openIngress('tcp', 443, 443)) },
    { name: 'UDP 22 from the world is not SSH', asset: sg(openIngress('udp', 22, 22)) },
    { name: 'ICMP from the world', asset: sg(openIngress('icmp', 8, -1)) },
    {
      name: 'SSH from another security group',
      asset: sg([
        {
          protocol: 'tcp',
          fromPort: 22,
          toPort: 22,
          ipv4Ranges: [],
          ipv6Ranges: [],
          securityGroups: [{ groupId: 'sg-bastion', userId: '111122223333', vpcId: null }],
          prefixListIds: ['pl-12345'],
        },
      ]),
    },
  ],
  invalid: [
    {
      name: 'port 22 from 0.0.0.0/0',
      asset: sg(openIngress('tcp', 22, 22)),
      messageId: 'open',
      message: 'Security group web allows inbound 22 (SSH) from 0.0.0.0/0 (rule tcp 22)',
    },
    {
      name: 'a range covering 22 from ::/0',
      asset: sg(openIngress('tcp', 20, 25, '::/0')),
      messageId: 'open',
      message: 'Security group web allows inbound 22 (SSH) from ::/0 (rule tcp 20-25)',
    },
    {
      name: 'all protocols from the world',
      asset: sg([...openIngress('all', 0, 65535), ...openIngress('all', 0, 65535, '::/0')]),
      messageId: 'open',
      message: 'Security group web allows inbound 22 (SSH) from 0.0.0.0/0, ::/0 (rule all all)',
    },
  ],
  unknown: [
    { asset: sg(unknown('ec2:DescribeSecurityGroups denied')), field: 'ingress' },
    {
      name: 'a world-open tcp rule without ports',
      asset: sg(openIngress('tcp', null, null)),
      field: 'ingress',
    },
  ],
});
