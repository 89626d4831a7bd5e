import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { selection } from '../testing/backup-fixtures.js';
import { secureEfsFileSystem } from '../testing/app-fixtures.js';
import { rule } from './aws-efs-file-system-in-backup-plan.js';

const ARN = 'arn:aws:elasticfilesystem:us-east-1:111122223333:file-system/fs-0123456789abcdef0';
const fs = (config: Partial<typeof secureEfsFileSystem> = {}) =>
  assetOf('aws.efs.file-system', { ...secureEfsFileSystem, ...config }, { name: 'shared', uid: ARN });

runRuleTests(rule, {
  valid: [
    { name: 'automatic backups on', asset: fs() },
    {
      name: 'selected by a plan, automatic backups off',
      asset: fs({ backupPolicyStatus: 'DISABLED' }),
      related: [selection({ resources: ['arn:aws:elasticfilesystem:*:*:file-system/*'] })],
    },
    {
      name: 'selected by a plan, automatic backups unknown',
      asset: fs({ backupPolicyStatus: unknown('denied') }),
      related: [selection({ resources: [ARN] })],
    },
  ],
  invalid: [
    {
      name: 'no plan, automatic backups off',
      asset: fs({ backupPolicyStatus: 'DISABLED' }),
      complete: ['aws.backup.selection'],
      messageId: 'none',
      message: 'EFS file system shared is not selected by any AWS Backup plan',
    },
    {
      name: 'no policy at all, only other resources selected',
      asset: fs({ backupPolicyStatus: null }),
      related: [selection({ resources: ['arn:aws:ec2:*:*:volume/*'] })],
      messageId: 'none',
    },
  ],
  unknown: [
    {
      name: 'no plan selects it, and automatic backups are unknown',
      asset: fs({ backupPolicyStatus: unknown('denied') }),
      complete: ['aws.backup.selection'],
      field: 'backupPolicyStatus',
    },
    {
      name: 'automatic backups off, no selection recorded',
      asset: fs({ backupPolicyStatus: 'DISABLED' }),
      field: 'backup plans',
    },
  ],
});
