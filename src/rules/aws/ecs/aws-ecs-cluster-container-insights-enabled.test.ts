import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { rule } from './aws-ecs-cluster-container-insights-enabled.js';

const cluster = (containerInsights: string | null | ReturnType<typeof unknown>) =>
  assetOf('aws.ecs.cluster', { containerInsights }, { name: 'prod' });

runRuleTests(rule, {
  valid: [cluster('enabled'), cluster('enhanced')],
  invalid: [
    {
      asset: cluster('disabled'),
      messageId: 'off',
      message: 'ECS cluster prod does not use Container Insights (disabled)',
    },
    {
      asset: cluster(null),
      messageId: 'off',
      message: 'ECS cluster prod does not use Container Insights (not set)',
    },
  ],
  unknown: [{ asset: cluster(unknown('not recorded')), field: 'containerInsights' }],
});
