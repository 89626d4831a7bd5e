import { unknown } from '../../../model/unknown.js';
import type { ConfigOf } from '../../../inventory/types.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { rule } from './aws-ec2-launch-template-no-public-ip.js';

const base: ConfigOf<'aws.ec2.launch-template'> = {
  launchTemplateId: 'lt-0123456789abcdef0',
  defaultVersion: '3',
  networkInterfaces: [{ deviceIndex: 0, associatePublicIpAddress: false }],
};
const template = (config: Partial<typeof base>) =>
  assetOf('aws.ec2.launch-template', { ...base, ...config }, { name: 'web' });

runRuleTests(rule, {
  valid: [
    template({}),
    template({ networkInterfaces: [] }),
    template({ networkInterfaces: [{ deviceIndex: 0, associatePublicIpAddress: null }] }),
  ],
  invalid: [
    {
      asset: template({
        networkInterfaces: [
          { deviceIndex: 0, associatePublicIpAddress: false },
          { deviceIndex: 1, associatePublicIpAddress: true },
        ],
      }),
      messageId: 'publicIp',
      message: 'Launch template web (version 3) assigns a public IP to network interface 1',
    },
  ],
  unknown: [{ asset: template({ networkInterfaces: unknown('not recorded') }), field: 'networkInterfaces' }],
});
