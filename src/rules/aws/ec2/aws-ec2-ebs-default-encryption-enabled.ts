import { UnknownFieldError } from '../../../model/errors.js';
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-ec2-ebs-default-encryption-enabled',
  title: 'EBS encryption by default is on in every region',
  description:
    'With encryption by default, every new EBS volume and snapshot copy in the region is encrypted, ' +
    'whoever creates it and however. Without it, one forgotten flag leaves data unencrypted at rest. The ' +
    'setting is per region, so each region in use needs it.',
  severity: 'medium',
  category: 'encryption',
  aspects: ['encryption'],
  assetTypes: ['aws.account'],
  messages: {
    off: 'Account {{name}} does not encrypt new EBS volumes by default in {{regions}}',
  },
  remediation: {
    text:
      'Turn on EBS encryption by default in each region (optionally choosing a customer managed KMS key). ' +
      'Existing volumes are not changed; re-create them from encrypted snapshots.',
    cli: 'aws ec2 enable-ebs-encryption-by-default --region <region>',
    terraform: 'resource "aws_ebs_encryption_by_default" "this" {\n  enabled = true\n}',
  },
  references: [
    'https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-7',
  ],
  check(account, ctx) {
    const regions = need(account.config, 'ebsEncryptionByDefault');
    if (regions.length === 0)
      throw new UnknownFieldError('ebsEncryptionByDefault', 'the source read the setting in no region');
    const off = regions.filter((r) => !r.enabled).map((r) => r.region);
    if (off.length > 0) return ctx.fail('off', { name: account.name, regions: off.join(', ') });
    return ctx.pass({ regions: regions.map((r) => r.region) });
  },
});
