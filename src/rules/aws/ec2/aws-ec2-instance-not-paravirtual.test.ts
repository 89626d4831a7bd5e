import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureInstance } from '../testing/fixtures.js';
import { rule } from './aws-ec2-instance-not-paravirtual.js';

const instance = (config: Partial<typeof secureInstance>) =>
  assetOf('aws.ec2.instance', { ...secureInstance, ...config }, { name: 'legacy' });

runRuleTests(rule, {
  valid: [instance({})],
  invalid: [
    {
      asset: instance({ virtualizationType: 'paravirtual' }),
      messageId: 'paravirtual',
      message: 'Instance legacy uses paravirtual virtualization',
    },
  ],
  unknown: [
    { asset: instance({ virtualizationType: unknown('not recorded') }), field: 'virtualizationType' },
  ],
});
