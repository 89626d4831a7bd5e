import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureRecoveryPoint } from '../testing/app-fixtures.js';
import { rule } from './aws-backup-recovery-point-encrypted.js';

const rp = (config: Partial<typeof secureRecoveryPoint>) =>
  assetOf('aws.backup.recovery-point', { ...secureRecoveryPoint, ...config }, { name: 'rp-1' });

runRuleTests(rule, {
  valid: [rp({})],
  invalid: [
    {
      asset: rp({ isEncrypted: false, encryptionKeyArn: null }),
      messageId: 'off',
      message: 'AWS Backup recovery point rp-1 is not encrypted',
    },
  ],
  unknown: [{ asset: rp({ isEncrypted: unknown('not recorded') }), field: 'isEncrypted' }],
});
