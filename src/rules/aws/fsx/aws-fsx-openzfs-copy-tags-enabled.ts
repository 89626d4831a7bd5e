import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-fsx-openzfs-copy-tags-enabled',
  title: 'FSx for OpenZFS file systems copy their tags to backups and volumes',
  description:
    'Tags carry ownership, data classification and backup policy; copied to backups and volumes, they keep ' +
    'applying to the copies of the data (tag-based access control, cost allocation, backup selections).',
  severity: 'low',
  category: 'storage',
  aspects: ['resilience'],
  assetTypes: ['aws.fsx.file-system'],
  messages: {
    off: 'FSx for OpenZFS file system {{name}} does not copy its tags to {{where}}',
  },
  remediation: {
    text: 'Turn on "copy tags to backups" and "copy tags to volumes" on the file system.',
    cli: 'aws fsx update-file-system --file-system-id <fs-id> --open-zfs-configuration CopyTagsToBackups=true,CopyTagsToVolumes=true',
    terraform:
      'resource "aws_fsx_openzfs_file_system" "this" {\n  # ...\n  copy_tags_to_backups = true\n  copy_tags_to_volumes = true\n}',
  },
  references: [
    'https://docs.aws.amazon.com/fsx/latest/OpenZFSGuide/updating-file-system.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/fsx-controls.html#fsx-1',
  ],
  check(fs, ctx) {
    if (need(fs.config, 'fileSystemType') !== 'OPENZFS')
      return ctx.notApplicable('not an FSx for OpenZFS file system');
    const backups = need(fs.config, 'copyTagsToBackups') === true;
    const volumes = need(fs.config, 'copyTagsToVolumes') === true;
    if (backups && volumes) return ctx.pass();
    const where = [...(backups ? [] : ['backups']), ...(volumes ? [] : ['volumes'])].join(' and ');
    return ctx.fail('off', { name: fs.name, where });
  },
});
