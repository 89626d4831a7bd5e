import { SENSITIVE_PORTS } from '../../../inventory/net.js';
import { defineRule } from '../../api.js';
import { PUBLIC_INGRESS_MESSAGE, publicIngressVerdict } from './public-ingress.js';

export const rule = defineRule({
  id: 'gcp-compute-firewall-no-public-database-ports',
  title: 'VPC firewall rules do not expose database ports to the internet',
  description:
    'Database and cache ports (MySQL, PostgreSQL, SQL Server, Oracle, Redis, MongoDB, Elasticsearch, ' +
    'Cassandra, Memcached...) open to 0.0.0.0/0 invite credential stuffing, data theft and ransom attacks; ' +
    'many of these services ship without authentication. Databases should be reachable only from the ' +
    'application tier inside the VPC.',
  severity: 'high',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['gcp.compute.firewall'],
  messages: { open: PUBLIC_INGRESS_MESSAGE },
  remediation: {
    text:
      "Restrict the rule to the application's subnets, tags or service accounts, or delete it; reach " +
      'databases over private IP, Private Service Connect or the Cloud SQL Auth Proxy.',
    cli: 'gcloud compute firewall-rules update <rule> --source-ranges=<app-subnet-cidr>',
    terraform:
      'resource "google_compute_firewall" "db" {\n  name    = "allow-postgres-from-app"\n  network = google_compute_network.vpc.id\n  allow {\n    protocol = "tcp"\n    ports    = ["5432"]\n  }\n  source_tags = ["app"] # not 0.0.0.0/0\n  target_tags = ["db"]\n}',
  },
  references: [
    'https://cloud.google.com/firewall/docs/firewalls',
    'https://cloud.google.com/firewall/docs/using-firewalls',
  ],
  check: (fw, ctx) => publicIngressVerdict(fw, ctx, 'open', SENSITIVE_PORTS.database),
});
