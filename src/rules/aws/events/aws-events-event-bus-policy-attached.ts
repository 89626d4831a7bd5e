import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-events-event-bus-policy-attached',
  title: 'EventBridge custom event buses have a resource-based policy',
  description:
    'A resource-based policy on a custom event bus states which accounts, organisations and services may ' +
    'put events on it, instead of leaving that to each sender’s identity policies. The default bus is ' +
    'not judged.',
  severity: 'low',
  category: 'identity',
  aspects: ['privilege'],
  assetTypes: ['aws.events.event-bus'],
  messages: {
    none: 'EventBridge event bus {{name}} has no resource-based policy',
  },
  remediation: {
    text: 'Attach a policy to the bus that allows events:PutEvents only to the accounts or organisation that send to it.',
    cli: 'aws events put-permission --event-bus-name <name> --policy file://bus-policy.json',
  },
  references: [
    'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-resource-based.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/eventbridge-controls.html#eventbridge-3',
  ],
  check(bus, ctx) {
    if (need(bus.config, 'busName') === 'default') return ctx.notApplicable('the default event bus');
    if (need(bus.config, 'policy') !== null) return ctx.pass();
    return ctx.fail('none', { name: bus.name });
  },
});
