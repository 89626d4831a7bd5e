import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureSubnetwork } from '../testing/fixtures.js';
import { rule } from './gcp-compute-subnetwork-private-google-access-enabled.js';

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
  valid: [subnet({})],
  invalid: [
    {
      asset: subnet({ privateIpGoogleAccess: false }),
      messageId: 'off',
      message: 'Subnetwork prod-east (us-east1) does not have Private Google Access enabled',
    },
  ],
  unknown: [{ asset: subnet({ privateIpGoogleAccess: unknown('no data') }), field: 'privateIpGoogleAccess' }],
  notApplicable: [subnet({ purpose: 'PRIVATE_SERVICE_CONNECT', privateIpGoogleAccess: false })],
});
