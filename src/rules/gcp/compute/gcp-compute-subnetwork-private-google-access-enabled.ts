import { defineRule, need } from '../../api.js';
import { carriesWorkloads } from './subnet-purpose.js';

export const rule = defineRule({
  id: 'gcp-compute-subnetwork-private-google-access-enabled',
  title: 'VPC subnetworks have Private Google Access enabled',
  description:
    'With Private Google Access, VMs without external IP addresses reach Google APIs (Cloud Storage, BigQuery, ' +
    "Artifact Registry...) over Google's network. Without it, workloads are pushed to take external IPs or a " +
    'NAT path just to call Google services, widening their exposure.',
  severity: 'low',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['gcp.compute.subnetwork'],
  messages: {
    off: 'Subnetwork {{name}} ({{region}}) does not have Private Google Access enabled',
  },
  remediation: {
    text: 'Enable Private Google Access on the subnetwork.',
    cli: 'gcloud compute networks subnets update <subnet> --region=<region> --enable-private-ip-google-access',
    terraform:
      'resource "google_compute_subnetwork" "this" {\n  name                     = "<subnet>"\n  ip_cidr_range            = "10.0.0.0/20"\n  network                  = google_compute_network.vpc.id\n  private_ip_google_access = true\n}',
  },
  references: ['https://cloud.google.com/vpc/docs/private-google-access'],
  check(subnet, ctx) {
    const purpose = need(subnet.config, 'purpose');
    if (!carriesWorkloads(purpose)) return ctx.notApplicable(`${purpose} subnetworks carry no VMs`);
    if (need(subnet.config, 'privateIpGoogleAccess')) return ctx.pass();
    return ctx.fail('off', { name: subnet.name, region: subnet.region });
  },
});
