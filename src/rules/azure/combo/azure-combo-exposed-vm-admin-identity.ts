import { defineRule } from '../../api.js';
import { comboEvidence, failedComponents } from '../../combination.js';

export const rule = defineRule({
  id: 'azure-combo-exposed-vm-admin-identity',
  title: 'No VM reachable from the internet has a managed identity with subscription-wide admin rights',
  description:
    'A toxic combination: a virtual machine with a public IP whose network security group opens ports to the ' +
    'internet, and whose managed identity holds Owner, Contributor or User Access Administrator at subscription ' +
    'scope or above. Compromising the VM yields tokens that can change the whole subscription.',
  severity: 'critical',
  category: 'compute',
  aspects: ['exposure', 'privilege'],
  assetTypes: ['azure.compute.virtual-machine'],
  combination: {
    components: [
      'azure-compute-vm-no-public-ip',
      'azure-network-nsg-no-public-ssh',
      'azure-network-nsg-no-public-rdp',
    ],
  },
  messages: { toxic: 'VM {{name}} is reachable ({{path}}) and its {{privilege}}' },
  remediation: {
    text:
      'Scope the managed identity’s role assignments to the resources it needs, and remove the public IP or close ' +
      'the network security group to the internet.',
    cli: 'az role assignment delete --assignee <principal-id> --role Owner --scope /subscriptions/<id>',
  },
  check(vm, ctx) {
    const f = ctx.facts(vm);
    if (f.exposure === undefined || f.privilege?.admin !== true) return ctx.pass();
    const components = failedComponents(ctx, [
      ['azure-compute-vm-no-public-ip', vm.uid],
      ...f.exposure.gates.flatMap(
        (nsg) =>
          [
            ['azure-network-nsg-no-public-ssh', nsg],
            ['azure-network-nsg-no-public-rdp', nsg],
          ] as const,
      ),
    ]);
    return ctx.fail(
      'toxic',
      { name: vm.name, path: f.exposure.text, privilege: f.privilege.reason },
      comboEvidence(components, f),
    );
  },
});
