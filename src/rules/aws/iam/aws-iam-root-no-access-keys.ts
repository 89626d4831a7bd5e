import { defineRule, need } from '../../api.js';
import { keyLabel } from './credentials.js';

export const rule = defineRule({
  id: 'aws-iam-root-no-access-keys',
  title: 'The root user has no active access keys',
  description:
    'Root access keys give programmatic, unrestrictable access to everything in the account. Long-lived ' +
    'keys leak through code, logs and laptops; the root user should have none, and work should use IAM ' +
    'roles or users with only the permissions they need.',
  severity: 'critical',
  category: 'identity',
  aspects: ['credentials', 'privilege'],
  assetTypes: ['aws.account'],
  messages: {
    activeKeys: 'Root user of account {{name}} has {{count}} active access key(s): {{keys}}',
  },
  remediation: {
    text:
      'Sign in as the root user, check where the keys are used (their last-used service and region), move ' +
      'that work to an IAM role, then deactivate and delete the root access keys.',
    cli: 'aws iam delete-access-key --access-key-id <root-access-key-id>   # with root credentials',
    console: 'IAM console → (signed in as root) Security credentials → Access keys → Deactivate, then Delete',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user_manage_delete-key.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-4',
  ],
  check(account, ctx) {
    const active = need(account.config, 'rootAccessKeys').filter((k) => k.active);
    if (active.length === 0) return ctx.pass();
    return ctx.fail(
      'activeKeys',
      { name: account.name, count: active.length, keys: active.map((k) => keyLabel(k.id)).join(', ') },
      { activeKeys: active.map((k) => ({ ...k, id: keyLabel(k.id) })) },
    );
  },
});
