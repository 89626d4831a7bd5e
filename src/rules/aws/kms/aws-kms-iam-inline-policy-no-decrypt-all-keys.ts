import { defineRule, need } from '../../api.js';
import { decryptAllKeysStatements } from './decrypt-all-keys.js';

export const rule = defineRule({
  id: 'aws-kms-iam-inline-policy-no-decrypt-all-keys',
  title: 'Inline policies of IAM users and roles do not allow decryption with every KMS key',
  description:
    'An inline policy that allows kms:Decrypt or kms:ReEncryptFrom on "*" lets the user or role decrypt any ' +
    'data encrypted under any key the key policies let the account use. Inline policies are easy to miss in ' +
    'reviews; name the keys a job needs instead. (IAM groups are not collected, so their inline policies are not judged.)',
  severity: 'medium',
  category: 'encryption',
  aspects: ['privilege'],
  assetTypes: ['aws.iam.user', 'aws.iam.role'],
  messages: {
    allKeys:
      'IAM principal {{name}} inline policy {{policy}} allows {{actions}} on every KMS key (statement {{statements}})',
  },
  remediation: {
    text: 'Restrict the Resource of the inline statements that allow kms:Decrypt or kms:ReEncryptFrom to the ARNs of the keys needed, or replace the inline policy with a reviewed managed policy.',
    cli: 'aws iam put-role-policy --role-name <role> --policy-name <policy> --policy-document file://scoped-kms.json',
  },
  references: [
    'https://docs.aws.amazon.com/kms/latest/developerguide/iam-policies-best-practices.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/kms-controls.html#kms-2',
  ],
  check(principal, ctx) {
    for (const inline of need(principal.config, 'inlinePolicies')) {
      const found = decryptAllKeysStatements(inline.document);
      if (found.length === 0) continue;
      return ctx.fail(
        'allKeys',
        {
          name: principal.name,
          policy: inline.name,
          actions: [...new Set(found.flatMap((f) => f.actions))].join(', '),
          statements: found.map((f) => f.statement).join(', '),
        },
        { policy: inline.name, statements: found },
      );
    }
    return ctx.pass();
  },
});
