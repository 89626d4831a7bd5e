import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-kms-key-rotation-enabled',
  title: 'Customer managed KMS keys rotate their key material',
  description:
    "Automatic rotation replaces a key's cryptographic material every year (or on the period you set) while " +
    'keeping old material to decrypt existing data, limiting how much data any one key version protects. ' +
    'It applies to enabled customer managed symmetric keys whose material KMS generated; AWS managed keys ' +
    'rotate on their own, and asymmetric, HMAC and imported keys cannot rotate automatically.',
  severity: 'medium',
  category: 'encryption',
  aspects: ['encryption'],
  assetTypes: ['aws.kms.key'],
  messages: {
    off: 'KMS key {{name}} does not rotate its key material automatically',
  },
  remediation: {
    text: 'Enable automatic key rotation for the key.',
    cli: 'aws kms enable-key-rotation --key-id <key-id>',
    terraform: 'resource "aws_kms_key" "this" {\n  # ...\n  enable_key_rotation = true\n}',
  },
  references: [
    'https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/kms-controls.html#kms-4',
  ],
  check(key, ctx) {
    if (need(key.config, 'keyManager') !== 'CUSTOMER')
      return ctx.notApplicable('AWS managed keys rotate automatically');
    const spec = need(key.config, 'keySpec');
    if (spec !== 'SYMMETRIC_DEFAULT') return ctx.notApplicable(`${spec} keys cannot rotate automatically`);
    const state = need(key.config, 'keyState');
    if (state !== 'Enabled') return ctx.notApplicable(`the key is ${state}`);
    const origin = need(key.config, 'origin');
    if (origin !== 'AWS_KMS')
      return ctx.notApplicable(`keys with origin ${origin} cannot rotate automatically`);
    if (need(key.config, 'rotationEnabled')) return ctx.pass();
    return ctx.fail('off', { name: key.name });
  },
});
