import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureV2Stage } from '../testing/apps-fixtures.js';
import { rule } from './aws-apigateway-v2-stage-access-logging-enabled.js';

const stage = (c: Partial<typeof secureV2Stage>) =>
  assetOf('aws.apigateway.v2-stage', { ...secureV2Stage, ...c }, { name: 'a1b2c3d4e5/$default' });

runRuleTests(rule, {
  valid: [stage({})],
  invalid: [
    {
      asset: stage({ accessLogDestinationArn: null }),
      messageId: 'none',
      message: 'API Gateway V2 stage a1b2c3d4e5/$default has no access logging',
    },
  ],
  unknown: [
    { asset: stage({ accessLogDestinationArn: unknown('not recorded') }), field: 'accessLogDestinationArn' },
  ],
});
