import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureInstance } from '../testing/fixtures.js';
import { rule } from './gcp-compute-instance-serial-port-disabled.js';

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
  valid: [vm({}), { name: 'not set on the instance', asset: vm({ serialPortEnabled: null }) }],
  invalid: [
    {
      asset: vm({ serialPortEnabled: true }),
      messageId: 'enabled',
      message: 'VM web-1 allows interactive serial port connections (serial-port-enable is true)',
    },
  ],
  unknown: [{ asset: vm({ serialPortEnabled: unknown('no data') }), field: 'serialPortEnabled' }],
});
