import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureEventBus } from '../testing/app-fixtures.js';
import { rule } from './aws-events-event-bus-policy-attached.js';

const bus = (config: Partial<typeof secureEventBus>) =>
  assetOf('aws.events.event-bus', { ...secureEventBus, ...config }, { name: 'orders' });

runRuleTests(rule, {
  valid: [bus({})],
  invalid: [
    {
      asset: bus({ policy: null }),
      messageId: 'none',
      message: 'EventBridge event bus orders has no resource-based policy',
    },
  ],
  notApplicable: [bus({ busName: 'default', policy: null })],
  unknown: [{ asset: bus({ policy: unknown('not recorded') }), field: 'policy' }],
});
