import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureBeanstalkEnvironment } from '../testing/apps-fixtures.js';
import { rule } from './aws-elasticbeanstalk-environment-enhanced-health.js';

const env = (c: Partial<typeof secureBeanstalkEnvironment>) =>
  assetOf('aws.elasticbeanstalk.environment', { ...secureBeanstalkEnvironment, ...c }, { name: 'shop-prod' });

runRuleTests(rule, {
  valid: [env({})],
  invalid: [
    {
      asset: env({ healthReportingSystem: 'basic' }),
      messageId: 'basic',
      message: 'Elastic Beanstalk environment shop-prod uses basic health reporting, not enhanced',
    },
  ],
  unknown: [
    { asset: env({ healthReportingSystem: unknown('not recorded') }), field: 'healthReportingSystem' },
  ],
});
