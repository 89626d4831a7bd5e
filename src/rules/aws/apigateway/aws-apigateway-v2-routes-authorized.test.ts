import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureV2Api } from '../testing/apps-fixtures.js';
import { rule } from './aws-apigateway-v2-routes-authorized.js';

const api = (c: Partial<typeof secureV2Api>) =>
  assetOf('aws.apigateway.v2-api', { ...secureV2Api, ...c }, { name: 'orders-http' });
const route = (routeKey: string, authorizationType: string) => ({
  routeId: routeKey,
  routeKey,
  authorizationType,
});

runRuleTests(rule, {
  valid: [
    api({}),
    {
      name: 'WebSocket: only $connect carries authorization',
      asset: api({
        protocolType: 'WEBSOCKET',
        routes: [route('$connect', 'AWS_IAM'), route('$default', 'NONE'), route('sendMessage', 'NONE')],
      }),
    },
  ],
  invalid: [
    {
      asset: api({ routes: [route('GET /orders', 'JWT'), route('ANY /{proxy+}', 'NONE')] }),
      messageId: 'open',
      message: 'API Gateway V2 API orders-http has routes without authorization: ANY /{proxy+}',
    },
    {
      name: 'WebSocket $connect without authorization',
      asset: api({ protocolType: 'WEBSOCKET', routes: [route('$connect', 'NONE')] }),
      messageId: 'open',
    },
  ],
  unknown: [
    { asset: api({ routes: unknown('not recorded') }), field: 'routes' },
    { asset: api({ protocolType: unknown('not recorded') }), field: 'protocolType' },
  ],
  notApplicable: [api({ routes: [] })],
});
