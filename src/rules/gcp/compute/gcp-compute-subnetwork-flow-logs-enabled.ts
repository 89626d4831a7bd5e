import { defineRule, need } from '../../api.js';
import { carriesWorkloads } from './subnet-purpose.js';

export const rule = defineRule({
  id: 'gcp-compute-subnetwork-flow-logs-enabled',
  title: 'VPC subnetworks have flow logs enabled',
  description:
    'VPC flow logs sample the connections to and from the VMs and GKE nodes of a subnetwork. Without them there ' +
    'is no record of which hosts talked to which addresses, which is needed to investigate an intrusion, find ' +
    'data exfiltration and verify firewall rules.',
  severity: 'medium',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['gcp.compute.subnetwork'],
  messages: {
    off: 'Subnetwork {{name}} ({{region}}) does not have VPC flow logs enabled',
  },
  remediation: {
    text: 'Enable flow logs on the subnetwork (a 5-second aggregation interval and full sampling keep the most detail).',
    cli: 'gcloud compute networks subnets update <subnet> --region=<region> --enable-flow-logs',
    terraform:
      'resource "google_compute_subnetwork" "this" {\n  name          = "<subnet>"\n  ip_cidr_range = "10.0.0.0/20"\n  network       = google_compute_network.vpc.id\n  log_config {\n    aggregation_interval = "INTERVAL_5_SEC"\n    flow_sampling        = 1.0\n    metadata             = "INCLUDE_ALL_METADATA"\n  }\n}',
  },
  references: ['https://cloud.google.com/vpc/docs/using-flow-logs'],
  check(subnet, ctx) {
    const purpose = need(subnet.config, 'purpose');
    if (!carriesWorkloads(purpose))
      return ctx.notApplicable(`${purpose} subnetworks carry no VM traffic to log`);
    if (need(subnet.config, 'flowLogsEnabled')) return ctx.pass();
    return ctx.fail('off', { name: subnet.name, region: subnet.region });
  },
});
