import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureApiStage } from '../testing/edge-fixtures.js';
import { rule } from './aws-apigateway-stage-xray-tracing-enabled.js';

const stage = (c: Partial<typeof secureApiStage>) =>
  assetOf('aws.apigateway.stage', { ...secureApiStage, ...c }, { name: 'a1b2c3d4e5/prod' });

runRuleTests(rule, {
  valid: [stage({})],
  invalid: [
    {
      asset: stage({ tracingEnabled: false }),
      messageId: 'off',
      message: 'API Gateway stage a1b2c3d4e5/prod does not trace requests with X-Ray',
    },
  ],
  unknown: [{ asset: stage({ tracingEnabled: unknown('not recorded') }), field: 'tracingEnabled' }],
});
