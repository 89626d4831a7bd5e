import { defineRule, need } from '../../api.js';

const MAX_DAYS = 90;

export const rule = defineRule({
  id: 'gcp-apikeys-key-rotated-90-days',
  title: 'API keys are rotated at least every 90 days',
  description:
    'API keys do not expire. The longer one lives, the more places it is copied to and the longer a leaked copy ' +
    'stays useful; CIS asks for a new key at least every 90 days.',
  severity: 'medium',
  category: 'identity',
  aspects: ['credentials'],
  assetTypes: ['gcp.apikeys.key'],
  messages: {
    old: 'API key {{name}} is {{days}} days old (at most 90 expected)',
  },
  remediation: {
    text: 'Create a new key with the same restrictions, move the applications to it, then delete the old key.',
    cli: 'gcloud services api-keys create --display-name=<name> && gcloud services api-keys delete <old-key-id>',
  },
  references: ['https://cloud.google.com/docs/authentication/api-keys#securing'],
  check(key, ctx) {
    const created = Date.parse(need(key.config, 'createTime'));
    if (Number.isNaN(created))
      return ctx.unknown('createTime', `"${key.config.createTime as string}" is not a time`);
    const days = Math.floor((ctx.now.getTime() - created) / 86_400_000);
    if (days <= MAX_DAYS) return ctx.pass({ ageDays: days });
    return ctx.fail('old', { name: key.name, days }, { ageDays: days });
  },
});
