import { defineRule, need } from '../../api.js';
import { decryptAllKeysStatements } from './decrypt-all-keys.js';

export const rule = defineRule({
  id: 'aws-kms-iam-policy-no-decrypt-all-keys',
  title: 'Customer managed IAM policies do not allow decryption with every KMS key',
  description:
    'A policy that allows kms:Decrypt or kms:ReEncryptFrom on "*" lets whoever holds it decrypt any data ' +
    'encrypted under any key the key policies let the account use: S3 objects, secrets, snapshots. Name the ' +
    'keys a job needs instead.',
  severity: 'medium',
  category: 'encryption',
  aspects: ['privilege'],
  assetTypes: ['aws.iam.policy'],
  messages: {
    allKeys: 'Policy {{name}} allows {{actions}} on every KMS key (statement {{statements}})',
  },
  remediation: {
    text: 'Restrict the Resource of statements that allow kms:Decrypt or kms:ReEncryptFrom to the ARNs of the keys needed, and publish it as the default version.',
    cli: 'aws iam create-policy-version --policy-arn <policy-arn> --policy-document file://scoped-kms.json --set-as-default',
  },
  references: [
    'https://docs.aws.amazon.com/kms/latest/developerguide/iam-policies-best-practices.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/kms-controls.html#kms-1',
  ],
  check(policy, ctx) {
    if (need(policy.config, 'awsManaged'))
      return ctx.notApplicable('AWS managed policies are maintained by AWS');
    const found = decryptAllKeysStatements(need(policy.config, 'document'));
    if (found.length === 0) return ctx.pass();
    return ctx.fail(
      'allKeys',
      {
        name: policy.name,
        actions: [...new Set(found.flatMap((f) => f.actions))].join(', '),
        statements: found.map((f) => f.statement).join(', '),
      },
      { statements: found },
    );
  },
});
