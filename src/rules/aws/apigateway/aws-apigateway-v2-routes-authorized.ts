import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-apigateway-v2-routes-authorized',
  title: 'API Gateway V2 routes specify an authorization type',
  description:
    'A route with authorization type NONE lets anyone who can reach the API invoke its integration. ' +
    'Routes should be authorized by IAM, a Lambda authorizer or a JWT authorizer. For WebSocket APIs ' +
    'authorization is set on the $connect route only, so that is the route judged.',
  severity: 'medium',
  category: 'identity',
  aspects: ['exposure'],
  assetTypes: ['aws.apigateway.v2-api'],
  messages: {
    open: 'API Gateway V2 API {{name}} has routes without authorization: {{routes}}',
  },
  remediation: {
    text: 'Give each route an authorization type (AWS_IAM, CUSTOM with a Lambda authorizer, or JWT).',
    cli: 'aws apigatewayv2 update-route --api-id <api-id> --route-id <route-id> --authorization-type JWT --authorizer-id <authorizer-id>',
    terraform:
      'resource "aws_apigatewayv2_route" "this" {\n  # ...\n  authorization_type = "JWT"\n  authorizer_id      = aws_apigatewayv2_authorizer.this.id\n}',
  },
  references: [
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-access-control.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/apigateway-controls.html#apigateway-8',
  ],
  check(api, ctx) {
    const all = need(api.config, 'routes');
    const websocket = need(api.config, 'protocolType') === 'WEBSOCKET';
    const judged = websocket ? all.filter((r) => r.routeKey === '$connect') : all;
    if (judged.length === 0)
      return ctx.notApplicable(
        websocket ? 'the WebSocket API has no $connect route' : 'the API has no routes',
      );
    const open = judged.filter((r) => r.authorizationType.toUpperCase() === 'NONE');
    if (open.length > 0)
      return ctx.fail(
        'open',
        { name: api.name, routes: open.map((r) => r.routeKey).join(', ') },
        { routes: open },
      );
    return ctx.pass({
      routes: judged.map((r) => ({ routeKey: r.routeKey, authorizationType: r.authorizationType })),
    });
  },
});
