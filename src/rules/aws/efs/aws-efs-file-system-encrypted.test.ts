import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureEfsFileSystem } from '../testing/app-fixtures.js';
import { rule } from './aws-efs-file-system-encrypted.js';

const fs = (config: Partial<typeof secureEfsFileSystem>) =>
  assetOf('aws.efs.file-system', { ...secureEfsFileSystem, ...config }, { name: 'shared' });

runRuleTests(rule, {
  valid: [fs({})],
  invalid: [
    {
      asset: fs({ encrypted: false, kmsKeyId: null }),
      messageId: 'off',
      message: 'EFS file system shared is not encrypted at rest',
    },
  ],
  unknown: [{ asset: fs({ encrypted: unknown('not recorded') }), field: 'encrypted' }],
});
