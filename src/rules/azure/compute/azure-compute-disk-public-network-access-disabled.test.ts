import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDisk } from '../testing/fixtures.js';
import { rule } from './azure-compute-disk-public-network-access-disabled.js';

const disk = (config: Partial<typeof secureDisk>) =>
  assetOf('azure.compute.disk', { ...secureDisk, ...config }, { name: 'vm1-os' });

runRuleTests(rule, {
  valid: [
    disk({}),
    disk({ networkAccessPolicy: 'AllowPrivate', publicNetworkAccess: unknown('not read') }),
    {
      name: 'AllowAll but public access disabled',
      asset: disk({ networkAccessPolicy: 'AllowAll', publicNetworkAccess: 'Disabled' }),
    },
  ],
  invalid: [
    {
      asset: disk({ networkAccessPolicy: 'AllowAll', publicNetworkAccess: 'Enabled' }),
      messageId: 'open',
      message:
        'Disk vm1-os can be exported from any network (network access policy AllowAll, public network access Enabled)',
    },
    {
      name: 'nothing set',
      asset: disk({ networkAccessPolicy: null, publicNetworkAccess: null }),
      messageId: 'open',
      message:
        'Disk vm1-os can be exported from any network (network access policy not set (AllowAll), public network access not set)',
    },
  ],
  unknown: [
    { asset: disk({ networkAccessPolicy: unknown('no properties') }), field: 'networkAccessPolicy' },
    {
      asset: disk({ networkAccessPolicy: 'AllowAll', publicNetworkAccess: unknown('no properties') }),
      field: 'publicNetworkAccess',
    },
  ],
});
