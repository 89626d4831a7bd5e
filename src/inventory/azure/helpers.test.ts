import { describe, expect, it } from 'vitest';
import { builtInRoleName, scopeLevel } from './authorization.js';
import { publicIpsOfVm } from './compute.js';
import { nicOfIpConfiguration } from './network.js';

const NIC = '/subscriptions/s/resourcegroups/rg/providers/microsoft.network/networkinterfaces/nic1';

describe('azure inventory helpers', () => {
  it('names built-in roles by GUID, whatever the id prefix or case', () => {
    expect(
      builtInRoleName(
        '/subscriptions/s/providers/Microsoft.Authorization/roleDefinitions/8E3AF657-A8FF-443C-A75C-2FE8C4BCB635',
      ),
    ).toBe('Owner');
    expect(builtInRoleName('acdd72a7-3385-48ef-bd42-f606fba81ae7')).toBe('Reader');
    expect(builtInRoleName('/providers/Microsoft.Authorization/roleDefinitions/__proto__')).toBeNull();
    expect(
      builtInRoleName(
        '/providers/Microsoft.Authorization/roleDefinitions/00000000-0000-0000-0000-000000000000',
      ),
    ).toBeNull();
  });

  it('classifies scopes', () => {
    expect(scopeLevel('/')).toBe('root');
    expect(scopeLevel('/providers/Microsoft.Management/managementGroups/mg1')).toBe('management-group');
    expect(scopeLevel('/subscriptions/s')).toBe('subscription');
    expect(scopeLevel('/subscriptions/s/resourceGroups/rg')).toBe('resource-group');
    expect(
      scopeLevel('/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/a'),
    ).toBe('resource');
  });

  it('finds the NIC of an IP configuration and the public IPs of a VM', () => {
    expect(nicOfIpConfiguration(`${NIC}/ipConfigurations/ipconfig1`)).toBe(NIC);
    expect(
      nicOfIpConfiguration(
        '/subscriptions/s/resourcegroups/rg/providers/microsoft.network/loadbalancers/lb/frontendipconfigurations/fe',
      ),
    ).toBeUndefined();
    const ip = (name: string, ipConfigurationId: unknown) => ({
      uid: name,
      name,
      config: { ipConfigurationId, ipAddress: '1.2.3.4' },
    });
    const ips = [
      ip('mine', `${NIC.toUpperCase()}/ipConfigurations/ipconfig1`),
      ip('other', `${NIC}2/ipconfigurations/ipconfig1`),
      ip('spare', null),
      ip('unread', { $unknown: 'no properties' }),
    ];
    const { bound, unknownBinding } = publicIpsOfVm([NIC], ips);
    expect(bound.map((b) => b.name)).toEqual(['mine']);
    expect(unknownBinding.map((b) => b.name)).toEqual(['unread']);
  });
});
