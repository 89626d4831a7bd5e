import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureEventSubscription } from '../testing/db-fixtures.js';
import { rule } from './aws-rds-event-subscription-instance-critical-events.js';

const base: typeof secureEventSubscription = { ...secureEventSubscription, sourceType: 'db-instance' };
const a = (config: Partial<typeof secureEventSubscription>) =>
  assetOf('aws.rds.event-subscription', { ...base, ...config }, { name: 'db-alerts' });

runRuleTests(rule, {
  valid: [
    a({}),
    a({ eventCategories: ['maintenance', 'configuration change', 'failure', 'backup'] }),
    a({ sourceType: null }),
  ],
  invalid: [
    {
      asset: a({ enabled: false }),
      messageId: 'disabled',
      message: 'RDS event subscription db-alerts is disabled',
    },
    {
      asset: a({ eventCategories: ['backup'] }),
      messageId: 'missing',
      message:
        'RDS event subscription db-alerts for db-instance events does not notify on maintenance, configuration change, failure',
    },
  ],
  unknown: [{ asset: a({ eventCategories: unknown('not recorded') }), field: 'eventCategories' }],
  notApplicable: [a({ sourceType: 'db-snapshot' })],
});
