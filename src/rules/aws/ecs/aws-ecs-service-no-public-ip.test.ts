import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureEcsService } from '../testing/edge-fixtures.js';
import { rule } from './aws-ecs-service-no-public-ip.js';

const svc = (c: Partial<typeof secureEcsService>) =>
  assetOf('aws.ecs.service', { ...secureEcsService, ...c }, { name: 'api' });

runRuleTests(rule, {
  valid: [svc({}), { name: 'bridge networking', asset: svc({ assignPublicIp: null }) }],
  invalid: [
    {
      asset: svc({ assignPublicIp: 'ENABLED' }),
      messageId: 'public',
      message: 'ECS service api assigns public IP addresses to its tasks',
    },
  ],
  unknown: [{ asset: svc({ assignPublicIp: unknown('not recorded') }), field: 'assignPublicIp' }],
});
