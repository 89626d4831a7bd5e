import { defineRule } from '../../api.js';
import { comboEvidence, failedComponents } from '../../combination.js';

export const rule = defineRule({
  id: 'gcp-combo-exposed-instance-admin-service-account',
  title: 'No VM reachable from the internet runs as a service account with admin roles',
  description:
    'A toxic combination: a Compute Engine VM with an external IP that ingress firewall rules open to the ' +
    'internet, running as a service account that holds owner, editor or an admin role on the project with the ' +
    'cloud-platform scope. Its metadata server hands those rights to whoever compromises the VM.',
  severity: 'critical',
  category: 'compute',
  aspects: ['exposure', 'privilege'],
  assetTypes: ['gcp.compute.instance'],
  requires: ['gcp.resourcemanager.project'],
  combination: {
    components: [
      'gcp-compute-instance-no-public-ip',
      'gcp-compute-firewall-no-public-ssh',
      'gcp-compute-firewall-no-public-rdp',
      'gcp-iam-service-accounts-not-admin',
    ],
  },
  messages: { toxic: 'VM {{name}} is reachable ({{path}}) and {{privilege}}' },
  remediation: {
    text:
      'Run the VM as a dedicated service account with only the roles its workload needs, and remove the external ' +
      'IP or narrow the firewall rule.',
    cli: 'gcloud compute instances set-service-account <vm> --zone <zone> --service-account <scoped-sa> --scopes cloud-platform',
  },
  check(vm, ctx) {
    const f = ctx.facts(vm);
    if (f.exposure === undefined || f.privilege?.admin !== true) return ctx.pass();
    const projects = ctx.assets('gcp.resourcemanager.project', { account: vm.account });
    const components = failedComponents(ctx, [
      ['gcp-compute-instance-no-public-ip', vm.uid],
      ...projects.map((p) => ['gcp-iam-service-accounts-not-admin', p.uid] as const),
      ...f.exposure.gates.flatMap(
        (fw) =>
          [
            ['gcp-compute-firewall-no-public-ssh', fw],
            ['gcp-compute-firewall-no-public-rdp', fw],
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
