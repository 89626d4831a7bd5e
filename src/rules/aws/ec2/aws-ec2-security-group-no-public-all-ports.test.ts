import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { openIngress, secureSecurityGroup } from '../testing/fixtures.js';
import { rule } from './aws-ec2-security-group-no-public-all-ports.js';

const sg = (ingress: typeof secureSecurityGroup.ingress) =>
  assetOf('aws.ec2.security-group', { ...secureSecurityGroup, ingress }, { name: 'wide' });

runRuleTests(rule, {
  valid: [
    sg(secureSecurityGroup.ingress),
    { name: 'all traffic from a private range', asset: sg(openIngress('all', 0, 65535, '10.0.0.0/8')) },
    { name: 'a large but partial range', asset: sg(openIngress('tcp', 1024, 65535)) },
    { name: 'all ICMP from the world', asset: sg(openIngress('icmp', -1, -1)) },
    {
      name: 'egress to everywhere does not count',
      asset: assetOf('aws.ec2.security-group', secureSecurityGroup),
    },
  ],
  invalid: [
    {
      name: 'protocol -1 from 0.0.0.0/0',
      asset: sg(openIngress('all', 0, 65535)),
      messageId: 'allTraffic',
      message: 'Security group wide allows all inbound traffic from 0.0.0.0/0',
    },
    {
      name: 'every UDP port from ::/0',
      asset: sg(openIngress('udp', 0, 65535, '::/0')),
      messageId: 'allPorts',
      message: 'Security group wide allows all inbound UDP ports from ::/0',
    },
    { name: 'TCP 1-65535', asset: sg(openIngress('tcp', 1, 65535)), messageId: 'allPorts' },
  ],
  unknown: [{ asset: sg(unknown('not recorded')), field: 'ingress' }],
});
