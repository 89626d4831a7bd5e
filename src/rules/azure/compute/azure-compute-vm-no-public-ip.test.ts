import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { NIC_ID, publicIpConfig, secureVirtualMachine, SUBSCRIPTION_UID } from '../testing/fixtures.js';
import { rule } from './azure-compute-vm-no-public-ip.js';

const vm = (config: Partial<typeof secureVirtualMachine> = {}) =>
  assetOf('azure.compute.virtual-machine', { ...secureVirtualMachine, ...config }, { name: 'vm1' });
const pip = (name: string, config: ReturnType<typeof publicIpConfig>, account?: string) =>
  assetOf('azure.network.public-ip', config, {
    name,
    uid: `${SUBSCRIPTION_UID}/resourcegroups/rg-test/providers/microsoft.network/publicipaddresses/${name}`,
    ...(account ? { account } : {}),
  });

const boundToVm = pip('pip-vm1', publicIpConfig(`${NIC_ID}/ipconfigurations/ipconfig1`));
const otherNic = pip('pip-other', publicIpConfig(`${NIC_ID}-2/ipconfigurations/ipconfig1`));
const loadBalancer = pip(
  'pip-lb',
  publicIpConfig(
    `${SUBSCRIPTION_UID}/resourcegroups/rg-test/providers/microsoft.network/loadbalancers/lb/frontendipconfigurations/fe`,
  ),
);

runRuleTests(rule, {
  valid: [
    {
      name: 'no public IPs, where the source records public IPs',
      asset: vm(),
      complete: ['azure.network.public-ip'],
    },
    {
      name: 'public IPs bound elsewhere or unattached',
      asset: vm(),
      related: [otherNic, loadBalancer, pip('spare', publicIpConfig(null))],
    },
    {
      name: 'a public IP in another subscription is not looked at',
      asset: vm(),
      related: [
        pip(
          'elsewhere',
          { ...publicIpConfig(null), ipConfigurationId: unknown('no properties') },
          'ffffffff-0000-0000-0000-000000000009',
        ),
      ],
      complete: ['azure.network.public-ip'],
    },
  ],
  invalid: [
    {
      asset: vm(),
      related: [boundToVm, otherNic],
      messageId: 'public',
      message: 'VM vm1 has public IP address pip-vm1 (20.50.60.70)',
    },
    {
      name: 'a dynamic public IP with no address yet',
      asset: vm(),
      related: [
        pip('pip-dyn', { ...publicIpConfig(`${NIC_ID}/ipconfigurations/ipconfig1`), ipAddress: null }),
      ],
      messageId: 'public',
      message: 'VM vm1 has public IP address pip-dyn (no address allocated)',
    },
  ],
  unknown: [
    { asset: vm({ networkInterfaceIds: unknown('no properties') }), field: 'networkInterfaceIds' },
    {
      name: 'a public IP whose binding is unknown',
      asset: vm(),
      related: [pip('pip-unread', { ...publicIpConfig(null), ipConfigurationId: unknown('no properties') })],
      field: 'public IP binding',
    },
    {
      name: 'no public IPs, and nothing says the source records them',
      asset: vm(),
      field: 'public IP addresses',
    },
  ],
});
