import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-rds-event-subscription-security-group-critical-events',
  title: 'RDS event subscriptions for DB security groups notify on critical events',
  description:
    'An enabled event subscription for source type db-security-group should notify on the configuration change, failure categories (or on every category), so that people learn of them when they happen rather than from an outage. Subscriptions for other source types are not judged.',
  severity: 'low',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['aws.rds.event-subscription'],
  messages: {
    disabled: 'RDS event subscription {{name}} is disabled',
    missing: 'RDS event subscription {{name}} for db-security-group events does not notify on {{categories}}',
  },
  remediation: {
    text: 'Enable the subscription and add the configuration change, failure event categories (or leave the category list empty for all).',
    cli: 'aws rds modify-event-subscription --subscription-name <name> --enabled --source-type db-security-group --event-categories "configuration change" "failure"',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Events.Subscribing.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-22',
  ],
  check(e, ctx) {
    const type = need(e.config, 'sourceType');
    if (type !== null && type !== 'db-security-group')
      return ctx.notApplicable(`a subscription to ${type} events`);
    if (!need(e.config, 'enabled')) return ctx.fail('disabled', { name: e.name });
    const categories = need(e.config, 'eventCategories');
    // An empty category list subscribes to every category.
    if (categories.length === 0) return ctx.pass({ eventCategories: 'all' });
    const missing = ['configuration change', 'failure'].filter((c) => !categories.includes(c));
    if (missing.length === 0) return ctx.pass({ eventCategories: categories });
    return ctx.fail(
      'missing',
      { name: e.name, categories: missing.join(', ') },
      { eventCategories: categories },
    );
  },
});
