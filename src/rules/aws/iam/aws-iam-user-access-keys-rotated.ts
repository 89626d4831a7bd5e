import { UnknownFieldError } from '../../../model/errors.js';
import { defineRule, need } from '../../api.js';
import { ageInDays, keyLabel } from './credentials.js';

const MAX_AGE_DAYS = 90;

export const rule = defineRule({
  id: 'aws-iam-user-access-keys-rotated',
  title: 'Active IAM user access keys are rotated within 90 days',
  description:
    'An access key is a long-lived secret; the longer it lives, the more places it has been copied to and ' +
    'the longer a leaked copy stays useful. Rotating keys at least every 90 days bounds that window.',
  severity: 'medium',
  category: 'identity',
  aspects: ['credentials'],
  assetTypes: ['aws.iam.user'],
  messages: {
    stale: 'IAM user {{name}} has active access key(s) older than 90 days: {{keys}}',
  },
  remediation: {
    text:
      'Create a new access key, move every consumer to it, deactivate the old key, and delete it once nothing ' +
      'fails. Prefer IAM roles (temporary credentials) over access keys wherever the workload allows.',
    cli:
      'aws iam create-access-key --user-name <user>\n' +
      'aws iam update-access-key --user-name <user> --access-key-id <old-key-id> --status Inactive\n' +
      'aws iam delete-access-key --user-name <user> --access-key-id <old-key-id>',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#rotating_access_keys_console',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-3',
  ],
  check(user, ctx) {
    const active = need(user.config, 'accessKeys').filter((k) => k.active);
    if (active.length === 0) return ctx.notApplicable('the user has no active access keys');
    const stale: string[] = [];
    for (const key of active) {
      // An active key always has a creation date; without one its age cannot be judged.
      if (key.lastRotated === null)
        throw new UnknownFieldError(
          'accessKeys',
          `access key ${keyLabel(key.id)} has no creation or rotation date`,
        );
      const age = ageInDays(key.lastRotated, ctx.now);
      if (age > MAX_AGE_DAYS) stale.push(`${keyLabel(key.id)} (${age} days)`);
    }
    if (stale.length > 0) return ctx.fail('stale', { name: user.name, keys: stale.join(', ') });
    return ctx.pass();
  },
});
