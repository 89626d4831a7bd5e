import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureLaunchConfiguration } from '../testing/edge-fixtures.js';
import { rule } from './aws-autoscaling-launch-configuration-metadata-hop-limit-one.js';

const lc = (c: Partial<typeof secureLaunchConfiguration>) =>
  assetOf('aws.autoscaling.launch-configuration', { ...secureLaunchConfiguration, ...c }, { name: 'web-v1' });

runRuleTests(rule, {
  valid: [
    lc({}),
    { name: 'IMDS disabled', asset: lc({ metadataHttpEndpoint: 'disabled', metadataHopLimit: 3 }) },
  ],
  invalid: [
    {
      asset: lc({ metadataHopLimit: 2 }),
      messageId: 'high',
      message: 'Launch configuration web-v1 lets metadata responses travel 2 hops',
    },
  ],
  unknown: [{ asset: lc({ metadataHopLimit: unknown('not recorded') }), field: 'metadataHopLimit' }],
});
