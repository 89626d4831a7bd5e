import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureSecurityGroup } from '../testing/fixtures.js';
import { rule } from './aws-ec2-default-security-group-restricts-all.js';

const sg = (config: Partial<typeof secureSecurityGroup>) =>
  assetOf(
    'aws.ec2.security-group',
    { ...secureSecurityGroup, groupName: 'default', ...config },
    { name: 'default' },
  );

runRuleTests(rule, {
  valid: [sg({ ingress: [], egress: [] })],
  invalid: [
    {
      name: 'the rules AWS creates by default',
      asset: sg({}),
      messageId: 'hasRules',
      message:
        'Default security group sg-0123456789abcdef0 of vpc-0123456789abcdef0 has 1 inbound and 1 outbound rules; it should have none',
    },
    { name: 'only egress left', asset: sg({ ingress: [] }), messageId: 'hasRules' },
  ],
  unknown: [
    { asset: sg({ ingress: unknown('not recorded') }), field: 'ingress' },
    { asset: sg({ groupName: unknown('not recorded') }), field: 'groupName' },
  ],
  notApplicable: [assetOf('aws.ec2.security-group', secureSecurityGroup)],
});
