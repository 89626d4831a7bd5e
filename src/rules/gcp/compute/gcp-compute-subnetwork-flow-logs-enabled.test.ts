import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureSubnetwork } from '../testing/fixtures.js';
import { rule } from './gcp-compute-subnetwork-flow-logs-enabled.js';

const subnet = (config: Partial<typeof secureSubnetwork>) =>
  assetOf(
    'gcp.compute.subnetwork',
    { ...secureSubnetwork, ...config },
    {
      name: 'prod-east',
      uid: '//compute.googleapis.com/projects/acme-prod/regions/us-east1/subnetworks/prod-east',
      region: 'us-east1',
    },
  );

runRuleTests(rule, {
  valid: [subnet({}), { name: 'older record without a purpose', asset: subnet({ purpose: null }) }],
  invalid: [
    {
      asset: subnet({ flowLogsEnabled: false }),
      messageId: 'off',
      message: 'Subnetwork prod-east (us-east1) does not have VPC flow logs enabled',
    },
  ],
  unknown: [
    {
      asset: subnet({ flowLogsEnabled: unknown('the CAI record has no resource data') }),
      field: 'flowLogsEnabled',
    },
  ],
  notApplicable: [
    {
      name: 'proxy-only subnet',
      asset: subnet({ purpose: 'REGIONAL_MANAGED_PROXY', flowLogsEnabled: false }),
    },
  ],
});
