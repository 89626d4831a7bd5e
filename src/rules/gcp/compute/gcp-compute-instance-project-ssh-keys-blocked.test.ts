import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureInstance } from '../testing/fixtures.js';
import { rule } from './gcp-compute-instance-project-ssh-keys-blocked.js';

const vm = (config: Partial<typeof secureInstance>, tags: Record<string, string> = {}) =>
  assetOf(
    'gcp.compute.instance',
    { ...secureInstance, ...config },
    {
      name: 'web-1',
      uid: '//compute.googleapis.com/projects/acme-prod/zones/us-east1-b/instances/web-1',
      region: 'us-east1',
      tags,
    },
  );

runRuleTests(rule, {
  valid: [
    vm({}),
    {
      name: 'not blocked, but OS Login is on',
      asset: vm({ blockProjectSshKeys: null, osLoginEnabled: true }),
    },
  ],
  invalid: [
    {
      name: 'not set',
      asset: vm({ blockProjectSshKeys: null, osLoginEnabled: null }),
      messageId: 'allowed',
      message: 'VM web-1 accepts project-wide SSH keys (block-project-ssh-keys is not set)',
    },
    {
      name: 'set to false',
      asset: vm({ blockProjectSshKeys: false, osLoginEnabled: false }),
      messageId: 'allowed',
      message: 'VM web-1 accepts project-wide SSH keys (block-project-ssh-keys is false)',
    },
  ],
  unknown: [
    { asset: vm({ blockProjectSshKeys: unknown('no data') }), field: 'blockProjectSshKeys' },
    { asset: vm({ blockProjectSshKeys: null, osLoginEnabled: unknown('no data') }), field: 'osLoginEnabled' },
  ],
});
