import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureLaunchConfiguration } from '../testing/edge-fixtures.js';
import { rule } from './aws-autoscaling-launch-configuration-imdsv2-required.js';

const lc = (c: Partial<typeof secureLaunchConfiguration>) =>
  assetOf('aws.autoscaling.launch-configuration', { ...secureLaunchConfiguration, ...c }, { name: 'web-v1' });

runRuleTests(rule, {
  valid: [
    lc({}),
    {
      name: 'IMDS disabled',
      asset: lc({ metadataHttpEndpoint: 'disabled', metadataHttpTokens: 'optional' }),
    },
  ],
  invalid: [
    {
      asset: lc({ metadataHttpTokens: 'optional' }),
      messageId: 'optional',
      message: 'Launch configuration web-v1 allows IMDSv1 (http tokens optional)',
    },
  ],
  unknown: [
    { asset: lc({ metadataHttpTokens: unknown('not recorded') }), field: 'metadataHttpTokens' },
    { asset: lc({ metadataHttpEndpoint: unknown('not recorded') }), field: 'metadataHttpEndpoint' },
  ],
});
