import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-apigateway-stage-client-certificate-used',
  title: 'API Gateway REST stages use SSL certificates for backend authentication',
  description:
    'A client certificate on the stage lets the backend verify that requests come from API Gateway and not ' +
    'from anyone who found the backend endpoint; without it the backend cannot tell.',
  severity: 'medium',
  category: 'network',
  aspects: ['encryption'],
  assetTypes: ['aws.apigateway.stage'],
  messages: { none: 'API Gateway stage {{name}} presents no client certificate to its backend' },
  remediation: {
    text: 'Generate a client certificate in API Gateway, set it on the stage, and have the backend require it.',
    cli: 'aws apigateway update-stage --rest-api-id <id> --stage-name <stage> --patch-operations op=replace,path=/clientCertificateId,value=<cert-id>',
    terraform:
      'resource "aws_api_gateway_stage" "this" {\n  client_certificate_id = aws_api_gateway_client_certificate.backend.id\n  # ...\n}',
  },
  references: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/apigateway-controls.html#apigateway-2',
  ],
  check(stage, ctx) {
    const cert = need(stage.config, 'clientCertificateId');
    if (cert === null) return ctx.fail('none', { name: stage.name });
    return ctx.pass({ clientCertificateId: cert });
  },
});
