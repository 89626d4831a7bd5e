import { defineRule } from '../../api.js';
import { unusedCredentials } from './credentials.js';

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
    const { credentials, unused } = unusedCredentials(user.config, ctx.now, MAX_UNUSED_DAYS);
    if (credentials === 0)
      return ctx.notApplicable('the user has no console password and no active access keys');
    if (unused.length > 0) return ctx.fail('unused', { name: user.name, credentials: unused.join('; ') });
    return ctx.pass();
  },
});
