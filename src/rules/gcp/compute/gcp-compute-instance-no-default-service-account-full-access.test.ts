import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureInstance, DEFAULT_SA, CLOUD_PLATFORM } from '../testing/fixtures.js';
import { rule } from './gcp-compute-instance-no-default-service-account-full-access.js';

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

const readOnly = 'https://www.googleapis.com/auth/devstorage.read_only';

runRuleTests(rule, {
  valid: [
    vm({}),
    {
      name: 'default account with narrow scopes',
      asset: vm({ serviceAccounts: [{ email: DEFAULT_SA, scopes: [readOnly] }] }),
    },
    { name: 'no service account', asset: vm({ serviceAccounts: [] }) },
  ],
  invalid: [
    {
      asset: vm({ serviceAccounts: [{ email: DEFAULT_SA, scopes: [readOnly, CLOUD_PLATFORM] }] }),
      messageId: 'fullAccess',
      message: `VM web-1 runs as the default service account ${DEFAULT_SA} with full access to all Cloud APIs`,
    },
    {
      name: 'Terraform spelling of the default account',
      asset: vm({ serviceAccounts: [{ email: 'default', scopes: [CLOUD_PLATFORM] }] }),
      messageId: 'fullAccess',
    },
  ],
  unknown: [{ asset: vm({ serviceAccounts: unknown('no data') }), field: 'serviceAccounts' }],
  notApplicable: [
    vm({ serviceAccounts: [{ email: DEFAULT_SA, scopes: [CLOUD_PLATFORM] }] }, { 'goog-gke-node': '' }),
  ],
});
