import { defineRule, need } from '../../api.js';

const PRIVATE_POLICIES = new Set(['allowprivate', 'denyall']);

export const rule = defineRule({
  id: 'azure-compute-disk-public-network-access-disabled',
  title: 'Managed disks cannot be exported or imported from any network',
  description:
    'A disk with network access policy AllowAll and public network access enabled can have a SAS URI ' +
    'generated and its full contents downloaded from anywhere on the internet. Restricting export to a ' +
    'disk access private endpoint (AllowPrivate), denying it (DenyAll), or disabling public network ' +
    'access keeps disk contents inside your networks. Not set means AllowAll.',
  severity: 'medium',
  category: 'compute',
  aspects: ['exposure'],
  assetTypes: ['azure.compute.disk'],
  messages: {
    open: 'Disk {{name}} can be exported from any network (network access policy {{policy}}, public network access {{access}})',
  },
  remediation: {
    text: 'Set the disk network access policy to DenyAll (or AllowPrivate with a disk access resource) and disable public network access.',
    cli: 'az disk update --name <disk> --resource-group <rg> --network-access-policy DenyAll --public-network-access Disabled',
    terraform:
      'resource "azurerm_managed_disk" "this" {\n  # ...\n  network_access_policy         = "DenyAll"\n  public_network_access_enabled = false\n}',
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/virtual-machines/disks-enable-private-links-for-import-export-portal',
  ],
  check(disk, ctx) {
    const policy = need(disk.config, 'networkAccessPolicy');
    if (policy !== null && PRIVATE_POLICIES.has(policy.toLowerCase()))
      return ctx.pass({ networkAccessPolicy: policy });
    const access = need(disk.config, 'publicNetworkAccess');
    if (access !== null && access.toLowerCase() === 'disabled')
      return ctx.pass({ networkAccessPolicy: policy, publicNetworkAccess: access });
    return ctx.fail(
      'open',
      { name: disk.name, policy: policy ?? 'not set (AllowAll)', access: access ?? 'not set' },
      { networkAccessPolicy: policy, publicNetworkAccess: access },
    );
  },
});
