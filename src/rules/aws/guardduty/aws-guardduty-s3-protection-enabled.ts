import { defineRule, need } from '../../api.js';
import { regionsWithout } from './features.js';

export const rule = defineRule({
  id: 'aws-guardduty-s3-protection-enabled',
  title: 'GuardDuty S3 Protection is enabled in every region',
  description:
    'GuardDuty watches S3 data events (S3 Protection) for suspicious object access: exfiltration, discovery from unusual places, disabled logging or block public access. ' +
    'The plan is enabled per detector, so every region needs it; a region without an enabled detector lacks it too.',
  severity: 'high',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['aws.account'],
  messages: {
    off: 'Account {{name}} does not have GuardDuty S3 Protection enabled in {{regions}}',
  },
  remediation: {
    text: 'Enable the S3 Protection plan on the GuardDuty detector of every region (for an organisation, from the delegated administrator with auto-enable).',
    cli: 'aws guardduty update-detector --detector-id <detector-id> --features Name=S3_DATA_EVENTS,Status=ENABLED --region <region>',
  },
  references: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/guardduty-controls.html#guardduty-10',
  ],
  check(account, ctx) {
    const off = regionsWithout('S3_DATA_EVENTS', need(account.config, 'guardDutyFeatures'));
    if (off.length > 0) return ctx.fail('off', { name: account.name, regions: off.join(', ') });
    return ctx.pass();
  },
});
