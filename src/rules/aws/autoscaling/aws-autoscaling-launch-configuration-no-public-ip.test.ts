import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureLaunchConfiguration } from '../testing/edge-fixtures.js';
import { rule } from './aws-autoscaling-launch-configuration-no-public-ip.js';

const lc = (c: Partial<typeof secureLaunchConfiguration>) =>
  assetOf('aws.autoscaling.launch-configuration', { ...secureLaunchConfiguration, ...c }, { name: 'web-v1' });

runRuleTests(rule, {
  valid: [lc({}), { name: 'not set: the subnet decides', asset: lc({ associatePublicIpAddress: null }) }],
  invalid: [
    {
      asset: lc({ associatePublicIpAddress: true }),
      messageId: 'public',
      message: 'Launch configuration web-v1 gives its instances public IP addresses',
    },
  ],
  unknown: [
    { asset: lc({ associatePublicIpAddress: unknown('not recorded') }), field: 'associatePublicIpAddress' },
  ],
});
