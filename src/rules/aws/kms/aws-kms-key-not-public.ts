import { asList, publicStatements } from '../../../inventory/aws/policy.js';
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-kms-key-not-public',
  title: 'KMS key policies do not allow access to any principal',
  description:
    'A key policy statement that allows "*" without a condition narrowing it to known accounts, services or ' +
    'networks lets anyone with AWS credentials use or manage the key, and so decrypt whatever it protects.',
  severity: 'high',
  category: 'encryption',
  aspects: ['exposure'],
  assetTypes: ['aws.kms.key'],
  messages: {
    public: 'KMS key {{name}} policy allows {{actions}} to any principal (statement {{statement}})',
  },
  remediation: {
    text:
      'Replace the "*" principal with the accounts or roles that need the key, or add a condition such as ' +
      'kms:CallerAccount or kms:ViaService that limits who can use it.',
    cli: 'aws kms put-key-policy --key-id <key-id> --policy-name default --policy file://key-policy.json',
  },
  references: [
    'https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/kms-controls.html#kms-5',
  ],
  check(key, ctx) {
    const policy = need(key.config, 'policy');
    const open = policy === null ? [] : publicStatements(policy);
    const stmt = open[0];
    if (stmt === undefined) return ctx.pass();
    const actions = asList(stmt.Action);
    return ctx.fail(
      'public',
      {
        name: key.name,
        actions: actions.length > 0 ? actions.join(', ') : `all but ${asList(stmt.NotAction).join(', ')}`,
        statement: stmt.Sid ?? `#${(policy?.Statement.indexOf(stmt) ?? 0) + 1}`,
      },
      { statements: open },
    );
  },
});
