import { SENSITIVE_PORTS } from '../../../inventory/net.js';
import { defineRule } from '../../api.js';
import { PUBLIC_INGRESS_MESSAGE, publicIngressVerdict } from './public-ingress.js';

export const rule = defineRule({
  id: 'gcp-compute-firewall-no-public-ssh',
  title: 'VPC firewall rules do not allow SSH from the internet',
  description:
    'A firewall rule that opens TCP 22 to 0.0.0.0/0 exposes every targeted VM to constant brute-force and ' +
    'exploit attempts from the whole internet. Administrative access should come through Identity-Aware Proxy ' +
    'TCP forwarding, OS Login, a bastion or a VPN, from known ranges only.',
  severity: 'high',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['gcp.compute.firewall'],
  messages: { open: PUBLIC_INGRESS_MESSAGE },
  remediation: {
    text:
      "Restrict the rule's source ranges to known addresses, such as the Identity-Aware Proxy range " +
      '35.235.240.0/20, or delete it and use IAP TCP forwarding (gcloud compute ssh --tunnel-through-iap).',
    cli: 'gcloud compute firewall-rules update <rule> --source-ranges=35.235.240.0/20',
    terraform:
      'resource "google_compute_firewall" "ssh" {\n  name    = "allow-ssh-from-iap"\n  network = google_compute_network.vpc.id\n  allow {\n    protocol = "tcp"\n    ports    = ["22"]\n  }\n  source_ranges = ["35.235.240.0/20"] # IAP, not 0.0.0.0/0\n}',
  },
  references: [
    'https://cloud.google.com/firewall/docs/firewalls',
    'https://cloud.google.com/firewall/docs/using-firewalls',
    'https://cloud.google.com/iap/docs/using-tcp-forwarding',
  ],
  check: (fw, ctx) => publicIngressVerdict(fw, ctx, 'open', SENSITIVE_PORTS.ssh),
});
