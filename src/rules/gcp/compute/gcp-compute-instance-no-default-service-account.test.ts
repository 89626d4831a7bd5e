import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureInstance, DEFAULT_SA } from '../testing/fixtures.js';
import { rule } from './gcp-compute-instance-no-default-service-account.js';

const vm = (config: Partial<typeof secureInstance>, tags: Record<string, string> = {}) =>
  assetOf(
    'gcp.compute.instance',
    { ...secureInstance, ...config },
    {
      name: 'web-1',
      uid: '//compute.googleapis.com/projects/acme-prod/zones/us-east1-b/instances/web-1',
      region: 'us-east1',
      tags,
    },
  );

runRuleTests(rule, {
  valid: [vm({}), { name: 'no service account', asset: vm({ serviceAccounts: [] }) }],
  invalid: [
    {
      asset: vm({ serviceAccounts: [{ email: DEFAULT_SA, scopes: [] }] }),
      messageId: 'usesDefault',
      message: `VM web-1 runs as the default compute service account ${DEFAULT_SA}`,
    },
  ],
  unknown: [{ asset: vm({ serviceAccounts: unknown('no data') }), field: 'serviceAccounts' }],
  notApplicable: [vm({ serviceAccounts: [{ email: DEFAULT_SA, scopes: [] }] }, { 'goog-gke-node': '' })],
});
