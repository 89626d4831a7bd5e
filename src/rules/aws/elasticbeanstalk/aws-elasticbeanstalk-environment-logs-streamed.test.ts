import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureBeanstalkEnvironment } from '../testing/apps-fixtures.js';
import { rule } from './aws-elasticbeanstalk-environment-logs-streamed.js';

const env = (c: Partial<typeof secureBeanstalkEnvironment>) =>
  assetOf('aws.elasticbeanstalk.environment', { ...secureBeanstalkEnvironment, ...c }, { name: 'shop-prod' });

runRuleTests(rule, {
  valid: [env({})],
  invalid: [
    {
      asset: env({ streamLogs: false }),
      messageId: 'off',
      message: 'Elastic Beanstalk environment shop-prod does not stream its logs to CloudWatch Logs',
    },
  ],
  unknown: [{ asset: env({ streamLogs: unknown('not recorded') }), field: 'streamLogs' }],
});
