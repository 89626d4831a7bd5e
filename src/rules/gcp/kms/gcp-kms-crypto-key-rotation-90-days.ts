import { defineRule, need } from '../../api.js';

const MAX_SECONDS = 90 * 86400;

export const rule = defineRule({
  id: 'gcp-kms-crypto-key-rotation-90-days',
  title: 'Cloud KMS symmetric keys rotate automatically at least every 90 days',
  description:
    'Automatic rotation limits how much data one key version protects and how long a leaked version stays useful. ' +
    'CIS asks for a rotation period of 90 days or less and a scheduled next rotation.',
  severity: 'medium',
  category: 'encryption',
  aspects: ['encryption', 'credentials'],
  assetTypes: ['gcp.kms.crypto-key'],
  messages: {
    noRotation: 'Cloud KMS key {{name}} does not rotate automatically',
    tooLong: 'Cloud KMS key {{name}} rotates every {{days}} days (at most 90 expected)',
  },
  remediation: {
    text: 'Set a rotation period of 90 days or less, with a next rotation time.',
    cli: 'gcloud kms keys update <key> --keyring=<ring> --location=<location> --rotation-period=90d --next-rotation-time=<time>',
    terraform: 'resource "google_kms_crypto_key" "this" {\n  # ...\n  rotation_period = "7776000s"\n}',
  },
  references: ['https://cloud.google.com/kms/docs/key-rotation'],
  check(key, ctx) {
    // Only symmetric encryption keys support automatic rotation.
    if (need(key.config, 'purpose') !== 'ENCRYPT_DECRYPT')
      return ctx.notApplicable('asymmetric and MAC keys cannot rotate automatically');
    const state = need(key.config, 'primaryState');
    if (state !== null && state !== 'ENABLED') return ctx.notApplicable(`primary version is ${state}`);
    const period = need(key.config, 'rotationPeriodSeconds');
    const next = need(key.config, 'nextRotationTime');
    if (period === null || next === null) return ctx.fail('noRotation', { name: key.name });
    if (period > MAX_SECONDS)
      return ctx.fail(
        'tooLong',
        { name: key.name, days: Math.round(period / 86400) },
        { rotationPeriodSeconds: period },
      );
    return ctx.pass({ rotationPeriodSeconds: period, nextRotationTime: next });
  },
});
