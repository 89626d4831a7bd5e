import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureMskCluster } from '../testing/analytics-fixtures.js';
import { rule } from './aws-msk-cluster-enhanced-monitoring-enabled.js';

const cluster = (config: Partial<typeof secureMskCluster>) =>
  assetOf('aws.msk.cluster', { ...secureMskCluster, ...config }, { name: 'events' });

runRuleTests(rule, {
  valid: [cluster({})],
  invalid: [
    {
      asset: cluster({ enhancedMonitoring: 'DEFAULT' }),
      messageId: 'default',
      message: 'MSK cluster events has only DEFAULT monitoring',
    },
  ],
  unknown: [{ asset: cluster({ enhancedMonitoring: unknown('not recorded') }), field: 'enhancedMonitoring' }],
});
