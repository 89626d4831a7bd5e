import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { allowAllAcl } from '../testing/network-fixtures.js';
import { rule } from './aws-ec2-network-acl-in-use.js';

const acl = (subnetIds: string[] | ReturnType<typeof unknown>) =>
  assetOf('aws.ec2.network-acl', { ...allowAllAcl, subnetIds }, { name: 'acl-1' });

runRuleTests(rule, {
  valid: [acl(['subnet-1'])],
  invalid: [
    { asset: acl([]), messageId: 'unused', message: 'Network ACL acl-1 is not associated with any subnet' },
  ],
  unknown: [{ asset: acl(unknown('not recorded')), field: 'subnetIds' }],
});
