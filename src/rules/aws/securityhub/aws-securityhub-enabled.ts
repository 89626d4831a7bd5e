import { defineRule, need } from '../../api.js';
import { regionsOff } from '../securityhub/regional.js';

export const rule = defineRule({
  id: 'aws-securityhub-enabled',
  title: 'AWS Security Hub is enabled in every region',
  description:
    'Security Hub gathers findings from AWS services and partner tools and runs the security standards continuously. A region without it has no central record of what those services detect there.',
  severity: 'medium',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['aws.account'],
  messages: {
    off: 'Account {{name}} does not have Security Hub enabled in {{regions}}',
  },
  remediation: {
    text: 'Enable Security Hub in every region in use (or for the whole organisation from its delegated administrator account).',
    cli: 'aws securityhub enable-security-hub --region <region>',
  },
  references: ['https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-settingup.html'],
  check(account, ctx) {
    const off = regionsOff('securityHub', need(account.config, 'securityHub'));
    if (off.length > 0) return ctx.fail('off', { name: account.name, regions: off.join(', ') });
    return ctx.pass();
  },
});
