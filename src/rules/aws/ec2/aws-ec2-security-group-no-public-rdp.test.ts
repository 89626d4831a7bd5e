import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { openIngress, secureSecurityGroup } from '../testing/fixtures.js';
import { rule } from './aws-ec2-security-group-no-public-rdp.js';

const sg = (ingress: typeof secureSecurityGroup.ingress) =>
  assetOf('aws.ec2.security-group', { ...secureSecurityGroup, ingress }, { name: 'win' });

runRuleTests(rule, {
  valid: [
    sg(secureSecurityGroup.ingress),
    { name: 'RDP from a private range', asset: sg(openIngress('tcp', 3389, 3389, '172.16.0.0/12')) },
    { name: 'a range below 3389', asset: sg(openIngress('tcp', 3000, 3388)) },
  ],
  invalid: [
    {
      name: 'tcp 3389 from 0.0.0.0/0',
      asset: sg(openIngress('tcp', 3389, 3389)),
      messageId: 'open',
      message: 'Security group win allows inbound 3389 (RDP) from 0.0.0.0/0 (rule tcp 3389)',
    },
    {
      name: 'udp 3389 from ::/0',
      asset: sg(openIngress('udp', 3389, 3389, '::/0')),
      messageId: 'open',
      message: 'Security group win allows inbound 3389 (RDP) from ::/0 (rule udp 3389)',
    },
    { name: 'all tcp ports', asset: sg(openIngress('tcp', 0, 65535)), messageId: 'open' },
  ],
  unknown: [{ asset: sg(unknown('not recorded')), field: 'ingress' }],
});
