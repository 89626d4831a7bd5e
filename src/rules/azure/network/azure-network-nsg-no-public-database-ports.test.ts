import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { nsgRule, secureNsg } from '../testing/fixtures.js';
import { rule } from './azure-network-nsg-no-public-database-ports.js';

const nsg = (config: Partial<typeof secureNsg>) =>
  assetOf('azure.network.network-security-group', { ...secureNsg, ...config }, { name: 'nsg-db' });
const withRules = (...rules: ReturnType<typeof nsgRule>[]) => nsg({ securityRules: rules });

runRuleTests(rule, {
  valid: [
    nsg({}),
    {
      name: 'database port open to an application subnet only',
      asset: withRules(
        nsgRule({
          name: 'app-to-sql',
          sourceAddressPrefixes: ['10.0.1.0/24'],
          destinationPortRanges: ['1433'],
        }),
      ),
    },
  ],
  invalid: [
    {
      asset: withRules(
        nsgRule({
          name: 'mysql-pg',
          sourceAddressPrefixes: ['Internet'],
          destinationPortRanges: ['3306', '5432'],
        }),
        nsgRule({
          name: 'redis',
          priority: 110,
          sourceAddressPrefixes: ['*'],
          destinationPortRanges: ['6379'],
        }),
      ),
      messageId: 'open',
      message:
        'NSG nsg-db allows database ports 3306 (MySQL), 5432 (PostgreSQL), 6379 (Redis) from the internet through mysql-pg (priority 100), redis (priority 110)',
    },
  ],
  unknown: [{ asset: nsg({ securityRules: unknown('no properties in the row') }), field: 'securityRules' }],
});
