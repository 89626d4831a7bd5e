import { defineRule, need } from '../../api.js';

/** Targets that stand for "every Google API". */
const ALL_APIS = ['cloudapis.googleapis.com'];

export const rule = defineRule({
  id: 'gcp-apikeys-key-api-restricted',
  title: 'API keys are restricted to the APIs they need',
  description:
    'An API key without API restrictions can call every API enabled in the project. Restricting it to the APIs the ' +
    'application uses limits what a leaked key can do and what it can cost.',
  severity: 'medium',
  category: 'identity',
  aspects: ['credentials', 'privilege'],
  assetTypes: ['gcp.apikeys.key'],
  messages: {
    unrestricted: 'API key {{name}} may call every enabled API',
  },
  remediation: {
    text: 'Add API restrictions naming only the services the key is used for.',
    cli: 'gcloud services api-keys update <key-id> --api-target=service=translate.googleapis.com',
    terraform:
      'resource "google_apikeys_key" "this" {\n  # ...\n  restrictions {\n    api_targets {\n      service = "translate.googleapis.com"\n    }\n  }\n}',
  },
  references: ['https://cloud.google.com/docs/authentication/api-keys#api_key_restrictions'],
  check(key, ctx) {
    const targets = need(key.config, 'apiTargets');
    if (targets.length === 0 || targets.some((t) => ALL_APIS.includes(t)))
      return ctx.fail('unrestricted', { name: key.name }, { apiTargets: targets });
    return ctx.pass({ apiTargets: targets });
  },
});
