import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureInstance } from '../testing/fixtures.js';
import { rule } from './gcp-compute-instance-confidential-computing-enabled.js';

const vm = (config: Partial<typeof secureInstance>) =>
  assetOf('gcp.compute.instance', { ...secureInstance, ...config }, { name: 'web-1', region: 'us-east1' });

runRuleTests(rule, {
  valid: [vm({ confidentialComputing: true })],
  invalid: [
    {
      asset: vm({ confidentialComputing: false }),
      messageId: 'off',
      message: 'VM web-1 is not a Confidential VM',
    },
  ],
  unknown: [
    { asset: vm({ confidentialComputing: unknown('no resource data') }), field: 'confidentialComputing' },
  ],
});
