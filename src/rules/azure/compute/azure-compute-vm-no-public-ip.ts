import { publicIpsOfVm } from '../../../inventory/azure/compute.js';
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-compute-vm-no-public-ip',
  title: 'Virtual machines have no public IP address',
  description:
    'A public IP on a VM network interface puts the VM directly on the internet, where only its NSG ' +
    'rules stand between it and every scanner. Reach VMs through a load balancer, Application Gateway, ' +
    'Azure Bastion or a VPN instead. A VM has a public IP when a public IP address is bound to an IP ' +
    'configuration of one of its NICs. The rule reads the public IP addresses of the same subscription ' +
    'from the inventory; when the sources did not record them, the result is unknown rather than a pass.',
  severity: 'medium',
  category: 'compute',
  aspects: ['exposure'],
  assetTypes: ['azure.compute.virtual-machine'],
  requires: ['azure.network.public-ip'],
  messages: {
    public: 'VM {{name}} has public IP address {{ips}}',
  },
  remediation: {
    text: 'Remove the public IP from the NIC IP configuration and reach the VM through Azure Bastion, a VPN or a load balancer.',
    cli: 'az network nic ip-config update --resource-group <rg> --nic-name <nic> --name <ipconfig> --remove publicIpAddress',
    terraform:
      'resource "azurerm_network_interface" "this" {\n  # ...\n  ip_configuration {\n    name                          = "internal"\n    subnet_id                     = azurerm_subnet.this.id\n    private_ip_address_allocation = "Dynamic"\n    # no public_ip_address_id\n  }\n}',
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/virtual-network/ip-services/public-ip-addresses',
    'https://learn.microsoft.com/en-us/azure/bastion/bastion-overview',
  ],
  check(vm, ctx) {
    const nics = need(vm.config, 'networkInterfaceIds');
    const { bound, unknownBinding } = publicIpsOfVm(
      nics,
      ctx.assets('azure.network.public-ip', { account: vm.account }),
    );
    if (bound.length > 0) {
      const ips = bound.map((ip) => {
        const address =
          typeof ip.config.ipAddress === 'string' ? ip.config.ipAddress : 'no address allocated';
        return `${ip.name} (${address})`;
      });
      return ctx.fail(
        'public',
        { name: vm.name, ips: ips.join(', ') },
        {
          publicIps: bound.map((ip) => ({
            uid: ip.uid,
            ipAddress: ip.config.ipAddress,
            ipConfigurationId: ip.config.ipConfigurationId,
          })),
        },
      );
    }
    const [unread] = unknownBinding;
    if (unread !== undefined)
      return ctx.unknown(
        'public IP binding',
        `public IP ${unread.name} may be bound to this VM, but its ipConfiguration could not be read`,
      );
    // No bound public IP proves nothing unless the sources recorded this subscription's public IPs.
    if (!ctx.covered('azure.network.public-ip', { account: vm.account }))
      return ctx.unknown(
        'public IP addresses',
        `the inventory does not record the public IP addresses of subscription ${vm.account}`,
      );
    return ctx.pass({ networkInterfaceIds: nics });
  },
});
