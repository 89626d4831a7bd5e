import type { ConfigOf } from '../../../inventory/types.js';
import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { rule } from './aws-fsx-openzfs-copy-tags-enabled.js';

const fs = (config: Partial<ConfigOf<'aws.fsx.file-system'>>) =>
  assetOf(
    'aws.fsx.file-system',
    { fileSystemType: 'OPENZFS', copyTagsToBackups: true, copyTagsToVolumes: true, ...config },
    { name: 'home' },
  );

runRuleTests(rule, {
  valid: [fs({})],
  invalid: [
    {
      asset: fs({ copyTagsToBackups: false, copyTagsToVolumes: false }),
      messageId: 'off',
      message: 'FSx for OpenZFS file system home does not copy its tags to backups and volumes',
    },
    { asset: fs({ copyTagsToVolumes: false }), messageId: 'off' },
  ],
  unknown: [
    { asset: fs({ copyTagsToBackups: unknown('not read') }), field: 'copyTagsToBackups' },
    { asset: fs({ fileSystemType: unknown('not read') }), field: 'fileSystemType' },
  ],
  notApplicable: [fs({ fileSystemType: 'LUSTRE', copyTagsToBackups: null, copyTagsToVolumes: null })],
});
