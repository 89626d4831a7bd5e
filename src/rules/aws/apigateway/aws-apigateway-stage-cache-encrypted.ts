import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-apigateway-stage-cache-encrypted',
  title: 'API Gateway REST API cache data is encrypted at rest',
  description:
    'Cached responses may hold the same personal or secret data the API returns. When a stage caches ' +
    'responses, the cache should be encrypted at rest.',
  severity: 'medium',
  category: 'encryption',
  aspects: ['encryption'],
  assetTypes: ['aws.apigateway.stage'],
  messages: { plain: 'API Gateway stage {{name}} caches responses unencrypted for {{paths}}' },
  remediation: {
    text: 'Turn on cache data encryption in the method settings of every cached method (*/* for all).',
    cli: "aws apigateway update-stage --rest-api-id <id> --stage-name <stage> --patch-operations 'op=replace,path=/*/*/caching/dataEncrypted,value=true'",
    terraform:
      'resource "aws_api_gateway_method_settings" "all" {\n  method_path = "*/*"\n  settings {\n    caching_enabled      = true\n    cache_data_encrypted = true\n  }\n  # ...\n}',
  },
  references: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/apigateway-controls.html#apigateway-5',
  ],
  check(stage, ctx) {
    if (!need(stage.config, 'cacheClusterEnabled')) return ctx.notApplicable('the stage has no cache');
    const plain = need(stage.config, 'methodSettings').filter(
      (s) => s.cachingEnabled && !s.cacheDataEncrypted,
    );
    if (plain.length > 0)
      return ctx.fail('plain', { name: stage.name, paths: plain.map((s) => s.path).join(', ') });
    return ctx.pass();
  },
});
