import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDbInstance } from '../testing/fixtures.js';
import { rule } from './aws-rds-instance-in-vpc.js';

const base: typeof secureDbInstance = secureDbInstance;
const a = (config: Partial<typeof secureDbInstance>) =>
  assetOf('aws.rds.db-instance', { ...base, ...config }, { name: 'orders' });

runRuleTests(rule, {
  valid: [a({})],
  invalid: [
    { asset: a({ vpcId: null }), messageId: 'classic', message: 'DB instance orders does not run in a VPC' },
  ],
  unknown: [{ asset: a({ vpcId: unknown('not recorded') }), field: 'vpcId' }],
});
