import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-ssm-instance-association-compliant',
  title: 'Managed instances have a compliant association status',
  description:
    'State Manager associations keep instances in a defined state (agents installed, settings applied). A NON_COMPLIANT association means that state was not applied to the instance.',
  severity: 'low',
  category: 'compute',
  aspects: [],
  assetTypes: ['aws.ssm.instance-compliance'],
  messages: {
    noncompliant: 'Managed instance {{instance}} has {{count}} non-compliant association(s) ({{items}})',
  },
  remediation: {
    text: 'Look at the association’s execution history for the instance, fix the cause and re-apply the association.',
    cli: 'aws ssm start-associations-once --association-ids <association-id>',
  },
  references: [
    'https://docs.aws.amazon.com/systems-manager/latest/userguide/state-manager-associations.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ssm-controls.html#ssm-3',
  ],
  check(state, ctx) {
    const type = need(state.config, 'complianceType');
    if (type !== 'Association') return ctx.notApplicable(`this is ${type} compliance`);
    const items = need(state.config, 'nonCompliantItems');
    if (items.length === 0) return ctx.pass();
    const shown = items.slice(0, 5).join(', ') + (items.length > 5 ? ', ...' : '');
    return ctx.fail(
      'noncompliant',
      { instance: need(state.config, 'instanceId'), count: items.length, items: shown },
      { nonCompliantItems: items },
    );
  },
});
