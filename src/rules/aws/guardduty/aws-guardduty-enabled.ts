import { defineRule, need } from '../../api.js';
import { regionsOff } from '../securityhub/regional.js';

export const rule = defineRule({
  id: 'aws-guardduty-enabled',
  title: 'Amazon GuardDuty is enabled in every region',
  description:
    'GuardDuty detects threats from CloudTrail, VPC flow and DNS logs: compromised credentials, crypto-mining, reconnaissance. Attackers favour regions nobody watches, so every region needs a detector.',
  severity: 'high',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['aws.account'],
  messages: {
    off: 'Account {{name}} does not have GuardDuty enabled in {{regions}}',
  },
  remediation: {
    text: 'Enable GuardDuty in every region in use (or for the whole organisation from its delegated administrator account).',
    cli: 'aws guardduty create-detector --enable --region <region>',
  },
  references: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/guardduty-controls.html#guardduty-1',
  ],
  check(account, ctx) {
    const off = regionsOff('guardDuty', need(account.config, 'guardDuty'));
    if (off.length > 0) return ctx.fail('off', { name: account.name, regions: off.join(', ') });
    return ctx.pass();
  },
});
