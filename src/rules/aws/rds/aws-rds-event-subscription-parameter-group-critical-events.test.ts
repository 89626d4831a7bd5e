import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureEventSubscription } from '../testing/db-fixtures.js';
import { rule } from './aws-rds-event-subscription-parameter-group-critical-events.js';

const base: typeof secureEventSubscription = { ...secureEventSubscription, sourceType: 'db-parameter-group' };
const a = (config: Partial<typeof secureEventSubscription>) =>
  assetOf('aws.rds.event-subscription', { ...base, ...config }, { name: 'db-alerts' });

runRuleTests(rule, {
  valid: [a({}), a({ eventCategories: ['configuration change', 'backup'] }), a({ sourceType: null })],
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
        'RDS event subscription db-alerts for db-parameter-group events does not notify on configuration change',
    },
  ],
  unknown: [{ asset: a({ eventCategories: unknown('not recorded') }), field: 'eventCategories' }],
  notApplicable: [a({ sourceType: 'db-snapshot' })],
});
