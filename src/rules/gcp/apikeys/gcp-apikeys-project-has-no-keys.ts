import { defineRule } from '../../api.js';

export const rule = defineRule({
  id: 'gcp-apikeys-project-has-no-keys',
  title: 'Projects hold no API keys that are not in active use',
  description:
    'An API key is a bearer secret: anyone who finds it in an app, a repository or a log can call the APIs it ' +
    'allows, billed to the project. CIS asks that keys exist only for services in active use; Parapet cannot see ' +
    'usage in configuration, so a project with keys is listed for review — delete the unused ones and suppress ' +
    'the finding with a reason when the rest are needed.',
  severity: 'low',
  category: 'identity',
  aspects: ['credentials'],
  assetTypes: ['gcp.resourcemanager.project'],
  requires: ['gcp.apikeys.key'],
  messages: {
    keys: 'Project {{name}} holds {{count}} API key(s): {{keys}}; confirm each is in active use or delete it',
  },
  remediation: {
    text: 'Delete API keys that are not in use; prefer service-account or OAuth credentials for server-to-server calls.',
    cli: 'gcloud services api-keys list --project=<project> && gcloud services api-keys delete <key-id> --project=<project>',
  },
  references: ['https://cloud.google.com/docs/authentication/api-keys'],
  check(project, ctx) {
    const keys = ctx.assets('gcp.apikeys.key', { account: project.account });
    if (keys.length > 0) {
      const names = keys.slice(0, 3).map((k) => k.name);
      const more = keys.length > 3 ? ` and ${keys.length - 3} more` : '';
      return ctx.fail(
        'keys',
        { name: project.name, count: keys.length, keys: `${names.join(', ')}${more}` },
        { keys: keys.map((k) => k.uid) },
      );
    }
    if (!ctx.covered('gcp.apikeys.key', { account: project.account }))
      return ctx.unknown(
        'API keys',
        `the sources hold no API key of ${project.account} and do not show that its API keys were collected (an export filtered by asset type leaves them out)`,
      );
    return ctx.pass();
  },
});
