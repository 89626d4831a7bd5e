import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureApiStage } from '../testing/edge-fixtures.js';
import { rule } from './aws-apigateway-stage-waf-enabled.js';

const stage = (c: Partial<typeof secureApiStage>) =>
  assetOf('aws.apigateway.stage', { ...secureApiStage, ...c }, { name: 'a1b2c3d4e5/prod' });

runRuleTests(rule, {
  valid: [stage({})],
  invalid: [
    {
      asset: stage({ webAclArn: null }),
      messageId: 'none',
      message: 'API Gateway stage a1b2c3d4e5/prod has no AWS WAF web ACL',
    },
  ],
  unknown: [{ asset: stage({ webAclArn: unknown('not recorded') }), field: 'webAclArn' }],
});
