import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-appsync-api-cache-encrypted',
  title: 'AppSync API caches are encrypted at rest',
  description:
    'An AppSync cache keeps resolver results — the data the API serves — in memory and on disk of its ' +
    'cache nodes. Without encryption at rest that copy of the data is stored in clear text.',
  severity: 'medium',
  category: 'encryption',
  aspects: ['encryption'],
  assetTypes: ['aws.appsync.graphql-api'],
  messages: {
    off: 'AppSync API {{name}} has a cache that is not encrypted at rest',
  },
  remediation: {
    text: 'Encryption at rest is set when the cache is created: delete the cache and create it again with at-rest encryption.',
    cli: 'aws appsync delete-api-cache --api-id <api-id> && aws appsync create-api-cache --api-id <api-id> --ttl 3600 --api-caching-behavior FULL_REQUEST_CACHING --type SMALL --at-rest-encryption-enabled --transit-encryption-enabled',
    terraform:
      'resource "aws_appsync_api_cache" "this" {\n  api_id                     = aws_appsync_graphql_api.this.id\n  api_caching_behavior       = "FULL_REQUEST_CACHING"\n  type                       = "SMALL"\n  ttl                        = 3600\n  at_rest_encryption_enabled = true\n}',
  },
  references: [
    'https://docs.aws.amazon.com/appsync/latest/devguide/enabling-caching.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/appsync-controls.html#appsync-1',
  ],
  check(api, ctx) {
    const cache = need(api.config, 'cache');
    if (cache === null) return ctx.notApplicable('the API has no cache');
    if (cache.atRestEncryptionEnabled) return ctx.pass({ cache });
    return ctx.fail('off', { name: api.name }, { cache });
  },
});
