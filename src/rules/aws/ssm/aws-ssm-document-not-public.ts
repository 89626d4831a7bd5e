import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-ssm-document-not-public',
  title: 'SSM documents are not public',
  description:
    'A document shared with `All` can be read and run by every AWS account. Documents often carry ' +
    'scripts, parameters and resource names that describe the estate, and sometimes secrets.',
  severity: 'critical',
  category: 'compute',
  aspects: ['exposure'],
  assetTypes: ['aws.ssm.document'],
  messages: {
    public: 'SSM document {{name}} is shared publicly',
  },
  remediation: {
    text:
      'Stop sharing the document with All; share it with the accounts that need it. Turn on the ' +
      'account-level block public sharing setting for SSM documents.',
    cli: 'aws ssm modify-document-permission --name <name> --permission-type Share --account-ids-to-remove All',
  },
  references: [
    'https://docs.aws.amazon.com/systems-manager/latest/userguide/documents-ssm-sharing.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ssm-controls.html#ssm-4',
  ],
  check(doc, ctx) {
    const sharedWith = need(doc.config, 'sharedWith');
    if (sharedWith.some((a) => a.toLowerCase() === 'all')) return ctx.fail('public', { name: doc.name });
    return ctx.pass({ sharedWith });
  },
});
