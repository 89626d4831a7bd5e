import { defineRule, need } from '../../api.js';
import { defaultAccountsOf, GKE_NODE, isGkeNode } from './instance-scope.js';

const CLOUD_PLATFORM = 'https://www.googleapis.com/auth/cloud-platform';

export const rule = defineRule({
  id: 'gcp-compute-instance-no-default-service-account-full-access',
  title: 'VM instances do not run as the default service account with full Cloud API access',
  description:
    'The default compute service account is granted the Editor role on its project. With the cloud-platform ' +
    'scope ("Allow full access to all Cloud APIs"), anything that runs on the VM — or anyone who compromises ' +
    'it — can use that Editor access to read and change almost every resource in the project.',
  severity: 'high',
  category: 'identity',
  aspects: ['privilege'],
  assetTypes: ['gcp.compute.instance'],
  messages: {
    fullAccess:
      'VM {{name}} runs as the default service account {{email}} with full access to all Cloud APIs',
  },
  remediation: {
    text:
      'Run the VM as a dedicated service account with only the roles it needs; if the default account must stay, ' +
      'limit its access scopes instead of granting cloud-platform.',
    cli: 'gcloud compute instances set-service-account <vm> --zone=<zone> --service-account=<sa-email> --scopes=cloud-platform',
    terraform:
      'resource "google_compute_instance" "this" {\n  # ...\n  service_account {\n    email  = google_service_account.app.email # not the default compute account\n    scopes = ["cloud-platform"]\n  }\n}',
  },
  references: [
    'https://cloud.google.com/compute/docs/access/service-accounts#default_service_account',
    'https://cloud.google.com/compute/docs/access/create-enable-service-accounts-for-instances',
  ],
  check(vm, ctx) {
    if (isGkeNode(vm)) return ctx.notApplicable(GKE_NODE);
    const hit = defaultAccountsOf(need(vm.config, 'serviceAccounts')).find((sa) =>
      sa.scopes.includes(CLOUD_PLATFORM),
    );
    if (hit === undefined) return ctx.pass();
    return ctx.fail(
      'fullAccess',
      { name: vm.name, email: hit.email },
      { serviceAccount: hit.email, scopes: hit.scopes },
    );
  },
});
