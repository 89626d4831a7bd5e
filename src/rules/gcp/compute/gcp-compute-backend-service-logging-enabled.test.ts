import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { rule } from './gcp-compute-backend-service-logging-enabled.js';

const backend = (config: { protocol?: string; loggingEnabled?: boolean | ReturnType<typeof unknown> }) =>
  assetOf(
    'gcp.compute.backend-service',
    { protocol: 'HTTPS', loadBalancingScheme: 'EXTERNAL_MANAGED', loggingEnabled: true, ...config },
    { name: 'web', region: 'global' },
  );

runRuleTests(rule, {
  valid: [backend({})],
  invalid: [
    {
      asset: backend({ loggingEnabled: false }),
      messageId: 'off',
      message: 'Backend service web (HTTPS) does not log requests',
    },
  ],
  unknown: [{ asset: backend({ loggingEnabled: unknown('no data') }), field: 'loggingEnabled' }],
  notApplicable: [{ name: 'TCP', asset: backend({ protocol: 'TCP', loggingEnabled: false }) }],
});
