import { defineRule, need } from '../../api.js';
import { regionsWithout } from './features.js';

export const rule = defineRule({
  id: 'aws-guardduty-rds-protection-enabled',
  title: 'GuardDuty RDS Protection is enabled in every region',
  description:
    'GuardDuty watches login activity to Aurora databases (RDS Protection) and flags anomalous sign-ins: credential stuffing, brute force, access from unusual places. ' +
    'The plan is enabled per detector, so every region needs it; a region without an enabled detector lacks it too.',
  severity: 'high',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['aws.account'],
  messages: {
    off: 'Account {{name}} does not have GuardDuty RDS Protection enabled in {{regions}}',
  },
  remediation: {
    text: 'Enable the RDS Protection plan on the GuardDuty detector of every region (for an organisation, from the delegated administrator with auto-enable).',
    cli: 'aws guardduty update-detector --detector-id <detector-id> --features Name=RDS_LOGIN_EVENTS,Status=ENABLED --region <region>',
  },
  references: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/guardduty-controls.html#guardduty-9',
  ],
  check(account, ctx) {
    const off = regionsWithout('RDS_LOGIN_EVENTS', need(account.config, 'guardDutyFeatures'));
    if (off.length > 0) return ctx.fail('off', { name: account.name, regions: off.join(', ') });
    return ctx.pass();
  },
});
