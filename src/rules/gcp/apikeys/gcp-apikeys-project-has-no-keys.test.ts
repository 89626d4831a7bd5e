import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureApiKey, secureProject } from '../testing/fixtures.js';
import { rule } from './gcp-apikeys-project-has-no-keys.js';

const project = assetOf('gcp.resourcemanager.project', secureProject, {
  name: 'acme-prod',
  account: 'acme-prod',
  region: 'global',
});
const key = (name: string, account = 'acme-prod') =>
  assetOf('gcp.apikeys.key', secureApiKey, {
    name,
    account,
    region: 'global',
    uid: `//apikeys.googleapis.com/projects/1/locations/global/keys/${name}`,
  });

runRuleTests(rule, {
  valid: [
    { name: 'keys collected completely, none in the project', asset: project, complete: ['gcp.apikeys.key'] },
    {
      name: "another project's key",
      asset: project,
      related: [key('other', 'acme-dev')],
      complete: ['gcp.apikeys.key'],
    },
  ],
  invalid: [
    {
      asset: project,
      related: [key('maps-web'), key('translate'), key('a'), key('b')],
      messageId: 'keys',
      message:
        'Project acme-prod holds 4 API key(s): maps-web, translate, a and 1 more; confirm each is in active use or delete it',
    },
  ],
  unknown: [{ name: 'no key seen, and key collection not known to be complete', asset: project }],
});
