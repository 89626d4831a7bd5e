import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDbSnapshot } from '../testing/fixtures.js';
import { rule } from './aws-rds-snapshot-encrypted.js';

const snapshot = (config: Partial<typeof secureDbSnapshot>) =>
  assetOf('aws.rds.db-snapshot', { ...secureDbSnapshot, ...config }, { name: 'orders-2026-05-01' });

runRuleTests(rule, {
  valid: [snapshot({})],
  invalid: [
    {
      asset: snapshot({ encrypted: false, kmsKeyId: null }),
      messageId: 'unencrypted',
      message: 'DB snapshot orders-2026-05-01 is not encrypted',
    },
  ],
  unknown: [{ asset: snapshot({ encrypted: unknown('not recorded') }), field: 'encrypted' }],
});
