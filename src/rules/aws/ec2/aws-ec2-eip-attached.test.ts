import { unknown } from '../../../model/unknown.js';
import type { ConfigOf } from '../../../inventory/types.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { rule } from './aws-ec2-eip-attached.js';

const base: ConfigOf<'aws.ec2.eip'> = {
  publicIp: '203.0.113.10',
  allocationId: 'eipalloc-1',
  instanceId: 'i-1',
  networkInterfaceId: 'eni-1',
};
const eip = (config: Partial<typeof base>) =>
  assetOf('aws.ec2.eip', { ...base, ...config }, { name: 'eipalloc-1' });

runRuleTests(rule, {
  valid: [eip({}), eip({ instanceId: null })],
  invalid: [
    {
      asset: eip({ instanceId: null, networkInterfaceId: null }),
      messageId: 'unused',
      message: 'Elastic IP eipalloc-1 is not associated with any instance or network interface',
    },
  ],
  unknown: [{ asset: eip({ instanceId: unknown('not recorded') }), field: 'instanceId' }],
});
