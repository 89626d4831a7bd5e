import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureInstance } from '../testing/fixtures.js';
import { rule } from './aws-ec2-stopped-instance-removed.js';

const instance = (config: Partial<typeof secureInstance>) =>
  assetOf('aws.ec2.instance', { ...secureInstance, ...config }, { name: 'batch' });

// The tester's "now" is 2026-06-01T00:00:00Z.
runRuleTests(rule, {
  valid: [
    {
      name: 'stopped 10 days ago',
      asset: instance({ state: 'stopped', stateTransitionTime: '2026-05-22T00:00:00Z' }),
    },
    {
      name: 'stopped exactly 30 days ago',
      asset: instance({ state: 'stopped', stateTransitionTime: '2026-05-02T00:00:00Z' }),
    },
  ],
  invalid: [
    {
      asset: instance({ state: 'stopped', stateTransitionTime: '2026-04-01T12:00:00Z' }),
      messageId: 'stale',
      message: 'Instance batch has been stopped for 60 days (since 2026-04-01T12:00:00Z), more than 30',
    },
  ],
  unknown: [
    { asset: instance({ state: unknown('not recorded') }), field: 'state' },
    {
      asset: instance({ state: 'stopped', stateTransitionTime: unknown('not recorded') }),
      field: 'stateTransitionTime',
    },
    {
      name: 'reason without a time',
      asset: instance({ state: 'stopped', stateTransitionTime: null }),
      field: 'stateTransitionTime',
    },
  ],
  notApplicable: [instance({}), instance({ state: 'pending', stateTransitionTime: unknown('x') })],
});
