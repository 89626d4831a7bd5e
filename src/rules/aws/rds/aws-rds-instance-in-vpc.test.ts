import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDbInstance } from '../testing/fixtures.js';
import { rule } from './aws-rds-instance-in-vpc.js';

const db = (config: Partial<typeof secureDbInstance>) =>
  assetOf('aws.rds.db-instance', { ...secureDbInstance, ...config }, { name: 'orders' });

runRuleTests(rule, {
  valid: [db({})],
  invalid: [
    { asset: db({ vpcId: null }), messageId: 'noVpc', message: 'DB instance orders does not run in a VPC' },
  ],
  unknown: [{ asset: db({ vpcId: unknown('the record has no dBSubnetGroup') }), field: 'vpcId' }],
});
