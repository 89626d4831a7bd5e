import { defineRule, need } from '../../api.js';
import { regionsOff } from '../securityhub/regional.js';

export const rule = defineRule({
  id: 'aws-iam-access-analyzer-enabled',
  title: 'IAM Access Analyzer is enabled in every region',
  description:
    'IAM Access Analyzer finds resources shared outside the account or organisation (buckets, keys, roles, queues) by reasoning over their policies. Analyzers are regional, so each region needs one.',
  severity: 'medium',
  category: 'identity',
  aspects: ['logging'],
  assetTypes: ['aws.account'],
  messages: {
    off: 'Account {{name}} does not have IAM Access Analyzer enabled in {{regions}}',
  },
  remediation: {
    text: 'Enable IAM Access Analyzer in every region in use (or for the whole organisation from its delegated administrator account).',
    cli: 'aws accessanalyzer create-analyzer --analyzer-name account --type ACCOUNT --region <region>',
  },
  references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-getting-started.html'],
  check(account, ctx) {
    const off = regionsOff('accessAnalyzer', need(account.config, 'accessAnalyzer'));
    if (off.length > 0) return ctx.fail('off', { name: account.name, regions: off.join(', ') });
    return ctx.pass();
  },
});
