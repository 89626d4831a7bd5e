import { defineRule, need } from '../../api.js';
import { ageInDays, dateOf, keyLabel } from './credentials.js';

const MAX_UNUSED_DAYS = 45;

export const rule = defineRule({
  id: 'aws-iam-user-unused-credentials-disabled',
  title: 'IAM user credentials unused for 45 days are disabled',
  description:
    'A password or access key nobody uses is a credential nobody watches: it still works for whoever finds ' +
    'it. Credentials unused for 45 days (or never used 45 days after they were created) should be removed.',
  severity: 'medium',
  category: 'identity',
  aspects: ['credentials'],
  assetTypes: ['aws.iam.user'],
  messages: {
    unused: 'IAM user {{name}} has credentials unused for more than 45 days: {{credentials}}',
  },
  remediation: {
    text:
      'Remove the console password and deactivate (then delete) access keys the user no longer uses; remove ' +
      'the user altogether when nothing needs it.',
    cli:
      'aws iam delete-login-profile --user-name <user>\n' +
      'aws iam update-access-key --user-name <user> --access-key-id <key-id> --status Inactive',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_finding-unused.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-22',
  ],
  check(user, ctx) {
    const unused: string[] = [];
    let credentials = 0;
    if (need(user.config, 'passwordEnabled')) {
      credentials++;
      const lastUsed = need(user.config, 'passwordLastUsed');
      // A password never used is judged by when it was set (or, failing that, when the user was created).
      const since = lastUsed ?? need(user.config, 'passwordLastChanged') ?? need(user.config, 'createdAt');
      const age = ageInDays(since, ctx.now);
      if (age > MAX_UNUSED_DAYS)
        unused.push(
          lastUsed === null
            ? `console password (never used, set ${dateOf(since)})`
            : `console password (last used ${dateOf(since)})`,
        );
    }
    for (const key of need(user.config, 'accessKeys')) {
      if (!key.active) continue;
      credentials++;
      const since = key.lastUsed ?? key.lastRotated ?? need(user.config, 'createdAt');
      if (ageInDays(since, ctx.now) > MAX_UNUSED_DAYS)
        unused.push(
          key.lastUsed === null
            ? `access key ${keyLabel(key.id)} (never used, created ${dateOf(since)})`
            : `access key ${keyLabel(key.id)} (last used ${dateOf(since)})`,
        );
    }
    if (credentials === 0)
      return ctx.notApplicable('the user has no console password and no active access keys');
    if (unused.length > 0) return ctx.fail('unused', { name: user.name, credentials: unused.join('; ') });
    return ctx.pass();
  },
});
