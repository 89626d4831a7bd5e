import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-ec2-snapshot-not-public',
  title: 'EBS snapshots are not publicly restorable',
  description:
    'A snapshot whose createVolumePermission grants the group "all" can be copied and restored by any AWS ' +
    'account: everything on the disk — databases, keys, configuration — is public. AWS Config does not ' +
    'record EBS snapshots, so this is judged from live scans (ec2:DescribeSnapshots and DescribeSnapshotAttribute).',
  severity: 'critical',
  category: 'storage',
  aspects: ['exposure'],
  assetTypes: ['aws.ec2.snapshot'],
  messages: {
    public: 'EBS snapshot {{name}} can be restored by any AWS account',
  },
  remediation: {
    text: 'Remove the public create-volume permission; share with named accounts only when needed. Block public access for EBS snapshots account-wide.',
    cli:
      'aws ec2 modify-snapshot-attribute --snapshot-id <snapshot-id> --attribute createVolumePermission --operation-type remove --group-names all\n' +
      'aws ec2 enable-snapshot-block-public-access --state block-all-sharing',
    terraform: 'resource "aws_ebs_snapshot_block_public_access" "this" {\n  state = "block-all-sharing"\n}',
  },
  references: [
    'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-modifying-snapshot-permissions.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-1',
  ],
  check(snapshot, ctx) {
    if (need(snapshot.config, 'public')) return ctx.fail('public', { name: snapshot.name });
    return ctx.pass();
  },
});
