import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { openIngress, secureSecurityGroup } from '../testing/fixtures.js';
import { rule } from './aws-ec2-security-group-no-public-database-ports.js';

const sg = (ingress: typeof secureSecurityGroup.ingress) =>
  assetOf('aws.ec2.security-group', { ...secureSecurityGroup, ingress }, { name: 'db' });

runRuleTests(rule, {
  valid: [
    sg(secureSecurityGroup.ingress),
    { name: 'PostgreSQL from the VPC only', asset: sg(openIngress('tcp', 5432, 5432, '10.0.0.0/16')) },
    {
      name: 'web ports from the world',
      asset: sg([...openIngress('tcp', 80, 80), ...openIngress('tcp', 443, 443)]),
    },
  ],
  invalid: [
    {
      name: 'MySQL from 0.0.0.0/0',
      asset: sg(openIngress('tcp', 3306, 3306)),
      messageId: 'open',
      message: 'Security group db allows inbound 3306 (MySQL) from 0.0.0.0/0 (rule tcp 3306)',
    },
    {
      name: 'a range covering PostgreSQL and Redis',
      asset: sg(openIngress('tcp', 5000, 6500)),
      messageId: 'open',
      message:
        'Security group db allows inbound 5432 (PostgreSQL), 5984 (CouchDB), 6379 (Redis) from 0.0.0.0/0 (rule tcp 5000-6500)',
    },
  ],
  unknown: [{ asset: sg(unknown('not recorded')), field: 'ingress' }],
});
