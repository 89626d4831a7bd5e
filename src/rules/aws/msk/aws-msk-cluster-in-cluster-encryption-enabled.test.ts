import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureMskCluster } from '../testing/analytics-fixtures.js';
import { rule } from './aws-msk-cluster-in-cluster-encryption-enabled.js';

const cluster = (config: Partial<typeof secureMskCluster>) =>
  assetOf('aws.msk.cluster', { ...secureMskCluster, ...config }, { name: 'events' });

runRuleTests(rule, {
  valid: [cluster({})],
  invalid: [
    {
      asset: cluster({ inClusterEncryption: false }),
      messageId: 'off',
      message: 'MSK cluster events does not encrypt traffic between its brokers',
    },
  ],
  unknown: [
    { asset: cluster({ inClusterEncryption: unknown('not recorded') }), field: 'inClusterEncryption' },
  ],
});
