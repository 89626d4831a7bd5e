import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureProject } from '../testing/fixtures.js';
import { rule } from './gcp-serviceusage-project-cloud-asset-api-enabled.js';

const project = assetOf('gcp.resourcemanager.project', secureProject, {
  name: 'acme-prod',
  account: 'acme-prod',
  region: 'global',
});
const service = (name: string, state = 'ENABLED') =>
  assetOf(
    'gcp.serviceusage.service',
    { state },
    {
      name,
      account: 'acme-prod',
      region: 'global',
      uid: `//serviceusage.googleapis.com/projects/1/services/${name}`,
    },
  );

runRuleTests(rule, {
  valid: [{ asset: project, related: [service('cloudasset.googleapis.com')] }],
  invalid: [
    {
      name: 'other services listed, not Cloud Asset',
      asset: project,
      related: [service('compute.googleapis.com')],
      messageId: 'off',
      message: 'Project acme-prod does not have the Cloud Asset API enabled',
    },
    {
      name: 'disabled',
      asset: project,
      related: [service('cloudasset.googleapis.com', 'DISABLED')],
      messageId: 'off',
      message: 'Project acme-prod does not have the Cloud Asset API enabled (DISABLED)',
    },
  ],
  unknown: [{ name: 'services not in the sources', asset: project }],
});
