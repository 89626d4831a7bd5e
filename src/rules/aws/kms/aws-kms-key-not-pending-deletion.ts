import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-kms-key-not-pending-deletion',
  title: 'Customer managed KMS keys are not scheduled for deletion',
  description:
    'A KMS key scheduled for deletion is destroyed when its waiting period ends, and everything encrypted ' +
    'under it becomes unreadable for good. A deletion that was not meant (or not noticed) is a data-loss ' +
    'incident waiting for its date; cancel it unless the key is truly unused.',
  severity: 'critical',
  category: 'encryption',
  aspects: ['encryption', 'resilience'],
  assetTypes: ['aws.kms.key'],
  messages: {
    pending: 'KMS key {{name}} is scheduled for deletion ({{state}})',
  },
  remediation: {
    text: 'If the key is still needed, cancel the deletion and re-enable the key.',
    cli: 'aws kms cancel-key-deletion --key-id <key-id>\naws kms enable-key --key-id <key-id>',
  },
  references: [
    'https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/kms-controls.html#kms-3',
  ],
  check(key, ctx) {
    // AWS managed keys cannot be scheduled for deletion.
    if (need(key.config, 'keyManager') !== 'CUSTOMER') return ctx.notApplicable('AWS managed key');
    const state = need(key.config, 'keyState');
    if (state === 'PendingDeletion' || state === 'PendingReplicaDeletion')
      return ctx.fail('pending', { name: key.name, state });
    return ctx.pass({ keyState: state });
  },
});
