import { defineRule } from '../../api.js';

const CAI = 'cloudasset.googleapis.com';

export const rule = defineRule({
  id: 'gcp-serviceusage-project-cloud-asset-api-enabled',
  title: 'Cloud Asset Inventory is enabled in the project',
  description:
    'Cloud Asset Inventory keeps five weeks of history of every resource and IAM policy. With it enabled, ' +
    'investigators can see what a resource looked like before an incident, and tools such as Parapet can read ' +
    'the estate without a call per service.',
  severity: 'low',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['gcp.resourcemanager.project'],
  requires: ['gcp.serviceusage.service'],
  messages: {
    off: 'Project {{project}} does not have the Cloud Asset API enabled{{state}}',
  },
  remediation: {
    text: 'Enable the Cloud Asset API in the project.',
    cli: 'gcloud services enable cloudasset.googleapis.com --project=<project>',
  },
  references: ['https://cloud.google.com/asset-inventory/docs/overview'],
  check(project, ctx) {
    const service = ctx
      .assets('gcp.serviceusage.service', { account: project.account })
      .find((s) => s.name === CAI);
    if (service !== undefined) {
      const state = service.config.state;
      if (state === 'ENABLED') return ctx.pass();
      if (typeof state === 'string') return ctx.fail('off', { project: project.name, state: ` (${state})` });
      return ctx.unknown('state', `the state of ${CAI} in ${project.account} could not be read`);
    }
    if (!ctx.covered('gcp.serviceusage.service', { account: project.account }))
      return ctx.unknown(
        'enabled services',
        `the sources do not show the enabled services of ${project.account}`,
      );
    return ctx.fail('off', { project: project.name, state: '' });
  },
});
