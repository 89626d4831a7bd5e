import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-ssm-instance-patch-compliant',
  title: 'Managed instances comply with their patch baseline',
  description:
    'Systems Manager Patch Manager compares each managed instance with its patch baseline. An instance that is NON_COMPLIANT is missing patches the baseline says it must have, usually security updates.',
  severity: 'high',
  category: 'compute',
  aspects: [],
  assetTypes: ['aws.ssm.instance-compliance'],
  messages: {
    noncompliant:
      'Managed instance {{instance}} is missing {{count}} patch(es) its baseline requires ({{items}})',
  },
  remediation: {
    text: 'Run AWS-RunPatchBaseline with Operation=Install on the instance (or a patch maintenance window), then rescan.',
    cli: 'aws ssm send-command --document-name AWS-RunPatchBaseline --targets Key=InstanceIds,Values=<instance-id> --parameters Operation=Install',
  },
  references: [
    'https://docs.aws.amazon.com/systems-manager/latest/userguide/patch-manager.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ssm-controls.html#ssm-2',
  ],
  check(state, ctx) {
    const type = need(state.config, 'complianceType');
    if (type !== 'Patch') return ctx.notApplicable(`this is ${type} compliance`);
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
