import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDbSnapshot } from '../testing/fixtures.js';
import { rule } from './aws-rds-snapshot-not-public.js';

const snapshot = (config: Partial<typeof secureDbSnapshot>) =>
  assetOf('aws.rds.db-snapshot', { ...secureDbSnapshot, ...config }, { name: 'orders-2026-05-01' });

runRuleTests(rule, {
  valid: [
    snapshot({}),
    { name: 'shared with one named account', asset: snapshot({ restoreAttributeValues: ['444455556666'] }) },
  ],
  invalid: [
    {
      asset: snapshot({ restoreAttributeValues: ['444455556666', 'all'] }),
      messageId: 'public',
      message:
        'DB snapshot orders-2026-05-01 can be restored by any AWS account (restore attribute includes "all")',
    },
  ],
  unknown: [
    { asset: snapshot({ restoreAttributeValues: unknown('not recorded') }), field: 'restoreAttributeValues' },
  ],
});
