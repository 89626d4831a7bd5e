import { defineRule, need } from '../../api.js';
import { regionsOff } from '../securityhub/regional.js';

export const rule = defineRule({
  id: 'aws-macie-enabled',
  title: 'Amazon Macie is enabled in every region',
  description:
    'Macie inventories S3 buckets, evaluates their security and access controls, and discovers sensitive data ' +
    '(personal, financial, credentials) in them. Without it, nobody is told that a bucket holding such data ' +
    'became public or unencrypted. Macie is regional, so each region needs it enabled (not paused).',
  severity: 'medium',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['aws.account'],
  messages: {
    off: 'Account {{name}} does not have Amazon Macie enabled in {{regions}}',
  },
  remediation: {
    text:
      'Enable Macie in every region in use (or for the whole organisation from its delegated administrator ' +
      'account); a paused Macie session must be resumed.',
    cli: 'aws macie2 enable-macie --status ENABLED --region <region>',
    terraform: 'resource "aws_macie2_account" "this" {\n  status = "ENABLED"\n}',
  },
  references: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/macie-controls.html#macie-1',
    'https://docs.aws.amazon.com/macie/latest/user/getting-started.html',
  ],
  check(account, ctx) {
    const off = regionsOff('macie', need(account.config, 'macie'));
    if (off.length > 0) return ctx.fail('off', { name: account.name, regions: off.join(', ') });
    return ctx.pass();
  },
});
