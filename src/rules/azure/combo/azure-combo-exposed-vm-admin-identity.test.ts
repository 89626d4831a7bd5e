import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import {
  NIC_ID,
  nsgRule,
  publicIpConfig,
  secureNsg,
  secureVirtualMachine,
  SUBSCRIPTION_UID,
  VM_UID,
} from '../testing/fixtures.js';
import { rule } from './azure-combo-exposed-vm-admin-identity.js';

const PRINCIPAL = '11111111-2222-3333-4444-555555555555';
const vm = assetOf(
  'azure.compute.virtual-machine',
  {
    ...secureVirtualMachine,
    identity: { type: 'SystemAssigned', principalId: PRINCIPAL, userAssignedIdentities: [] },
  },
  { uid: VM_UID, name: 'vm1' },
);
const ip = assetOf('azure.network.public-ip', publicIpConfig(`${NIC_ID}/ipconfigurations/ipconfig1`), {
  uid: `${SUBSCRIPTION_UID}/resourcegroups/rg-test/providers/microsoft.network/publicipaddresses/vm1-ip`,
  name: 'vm1-ip',
});
const NSG_UID = `${SUBSCRIPTION_UID}/resourcegroups/rg-test/providers/microsoft.network/networksecuritygroups/vm1-nsg`;
const nsg = (
  rules = [nsgRule({ name: 'ssh-any', sourceAddressPrefixes: ['*'], destinationPortRanges: ['22'] })],
) =>
  assetOf(
    'azure.network.network-security-group',
    { ...secureNsg, securityRules: rules, networkInterfaces: [NIC_ID] },
    { uid: NSG_UID, name: 'vm1-nsg' },
  );
const assignment = (roleName: string) =>
  assetOf(
    'azure.authorization.role-assignment',
    {
      roleDefinitionId: `${SUBSCRIPTION_UID}/providers/microsoft.authorization/roledefinitions/x`,
      roleName,
      principalId: PRINCIPAL,
      principalType: 'ServicePrincipal',
      scope: SUBSCRIPTION_UID,
      condition: null,
    },
    { uid: `${SUBSCRIPTION_UID}/providers/microsoft.authorization/roleassignments/a1`, name: 'a1' },
  );

runRuleTests(rule, {
  valid: [
    { name: 'identity is only a Reader', asset: vm, related: [ip, nsg(), assignment('Reader')] },
    { name: 'NSG closed to the internet', asset: vm, related: [ip, nsg([]), assignment('Owner')] },
    { name: 'no public IP', asset: vm, related: [nsg(), assignment('Owner')] },
  ],
  invalid: [
    {
      asset: vm,
      related: [ip, nsg(), assignment('Owner')],
      failing: [['azure-network-nsg-no-public-ssh', NSG_UID]],
      messageId: 'toxic',
      message: `VM vm1 is reachable (internet → vm1-ip → vm1 via vm1-nsg:22) and its managed identity holds Owner on ${SUBSCRIPTION_UID}`,
    },
  ],
  unknown: [],
  neverUnknown: 'it reads only the exposure graph and the failures of its component rules',
});
