import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureEcsService } from '../testing/edge-fixtures.js';
import { rule } from './aws-ecs-service-fargate-latest-platform.js';

const svc = (c: Partial<typeof secureEcsService>) =>
  assetOf('aws.ecs.service', { ...secureEcsService, ...c }, { name: 'api' });

runRuleTests(rule, {
  valid: [
    svc({}),
    svc({ platformVersion: '1.4.0' }),
    svc({ platformVersion: '1.0.0', platformFamily: 'WINDOWS_SERVER_2019_CORE' }),
  ],
  invalid: [
    {
      asset: svc({ platformVersion: '1.3.0' }),
      messageId: 'old',
      message: 'ECS service api runs on Fargate platform version 1.3.0 (latest is 1.4.0)',
    },
    {
      name: 'Fargate capacity provider',
      asset: svc({ launchType: null, capacityProviders: ['FARGATE_SPOT'], platformVersion: '1.3.0' }),
      messageId: 'old',
    },
  ],
  unknown: [{ asset: svc({ platformVersion: unknown('not recorded') }), field: 'platformVersion' }],
  notApplicable: [svc({ launchType: 'EC2', platformVersion: null })],
});
