import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDbInstance } from '../testing/fixtures.js';
import { rule } from './aws-rds-instance-iam-authentication-enabled.js';

const db = (config: Partial<typeof secureDbInstance>) =>
  assetOf('aws.rds.db-instance', { ...secureDbInstance, ...config }, { name: 'orders' });

runRuleTests(rule, {
  valid: [db({}), { name: 'MySQL', asset: db({ engine: 'mysql' }) }],
  invalid: [
    {
      asset: db({ iamDatabaseAuthenticationEnabled: false }),
      messageId: 'off',
      message: 'DB instance orders (postgres) does not accept IAM database authentication',
    },
  ],
  unknown: [
    {
      asset: db({ iamDatabaseAuthenticationEnabled: unknown('not recorded') }),
      field: 'iamDatabaseAuthenticationEnabled',
    },
  ],
  notApplicable: [
    db({ engine: 'sqlserver-se', iamDatabaseAuthenticationEnabled: false }),
    db({ engine: 'aurora-postgresql', clusterIdentifier: 'c', iamDatabaseAuthenticationEnabled: false }),
  ],
});
