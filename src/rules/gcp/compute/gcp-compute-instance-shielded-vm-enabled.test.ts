import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureInstance } from '../testing/fixtures.js';
import { rule } from './gcp-compute-instance-shielded-vm-enabled.js';

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
  valid: [
    vm({}),
    {
      name: 'Secure Boot off is allowed (not every image supports it)',
      asset: vm({
        shieldedInstanceConfig: {
          enableSecureBoot: false,
          enableVtpm: true,
          enableIntegrityMonitoring: true,
        },
      }),
    },
  ],
  invalid: [
    {
      asset: vm({ shieldedInstanceConfig: null }),
      messageId: 'notShielded',
      message: 'VM web-1 is not a Shielded VM',
    },
    {
      asset: vm({
        shieldedInstanceConfig: {
          enableSecureBoot: true,
          enableVtpm: false,
          enableIntegrityMonitoring: false,
        },
      }),
      messageId: 'partial',
      message: 'VM web-1 has vTPM and integrity monitoring turned off',
    },
  ],
  unknown: [{ asset: vm({ shieldedInstanceConfig: unknown('no data') }), field: 'shieldedInstanceConfig' }],
});
