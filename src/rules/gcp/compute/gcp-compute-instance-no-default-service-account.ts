import { defineRule, need } from '../../api.js';
import { defaultAccountsOf, GKE_NODE, isGkeNode } from './instance-scope.js';

export const rule = defineRule({
  id: 'gcp-compute-instance-no-default-service-account',
  title: 'VM instances do not run as the default compute service account',
  description:
    'The default compute service account is shared by every VM that does not name another, and is granted the ' +
    'Editor role on the project by default. A VM running as it holds far more access than its workload needs, ' +
    'and its actions cannot be told apart from those of other VMs in audit logs.',
  severity: 'medium',
  category: 'identity',
  aspects: ['privilege'],
  assetTypes: ['gcp.compute.instance'],
  messages: {
    usesDefault: 'VM {{name}} runs as the default compute service account {{email}}',
  },
  remediation: {
    text:
      'Create a service account per workload, grant it only the roles it needs, and run the VM as it; consider ' +
      'the organisation policy constraints/iam.automaticIamGrantsForDefaultServiceAccounts.',
    cli: 'gcloud compute instances set-service-account <vm> --zone=<zone> --service-account=<sa-email> --scopes=cloud-platform',
    terraform:
      'resource "google_compute_instance" "this" {\n  # ...\n  service_account {\n    email  = google_service_account.app.email\n    scopes = ["cloud-platform"]\n  }\n}',
  },
  references: ['https://cloud.google.com/compute/docs/access/service-accounts#default_service_account'],
  check(vm, ctx) {
    if (isGkeNode(vm)) return ctx.notApplicable(GKE_NODE);
    const hit = defaultAccountsOf(need(vm.config, 'serviceAccounts'))[0];
    if (hit === undefined) return ctx.pass();
    return ctx.fail('usesDefault', { name: vm.name, email: hit.email }, { serviceAccount: hit.email });
  },
});
