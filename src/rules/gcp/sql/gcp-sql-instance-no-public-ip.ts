import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'gcp-sql-instance-no-public-ip',
  title: 'Cloud SQL instances have no public IP address',
  description:
    'An instance with a public IPv4 address is one authorized-network change away from being reachable from ' +
    'the internet. Serving it on a private IP inside the VPC keeps database traffic off the internet ' +
    'altogether and lets firewall rules and VPC Service Controls govern who can connect.',
  severity: 'medium',
  category: 'database',
  aspects: ['exposure'],
  assetTypes: ['gcp.sql.instance'],
  messages: {
    publicIp: 'Cloud SQL instance {{name}} has a public IP address',
  },
  remediation: {
    text:
      'Give the instance a private IP on a VPC network, move clients to it, then disable the public IP; enforce ' +
      'constraints/sql.restrictPublicIp for new instances.',
    cli: 'gcloud sql instances patch <instance> --network=<network> --no-assign-ip',
    terraform:
      'resource "google_sql_database_instance" "this" {\n  # ...\n  settings {\n    ip_configuration {\n      ipv4_enabled    = false\n      private_network = google_compute_network.vpc.id\n    }\n  }\n}',
  },
  references: ['https://cloud.google.com/sql/docs/mysql/configure-private-ip'],
  check(db, ctx) {
    if (!need(db.config, 'ipv4Enabled')) return ctx.pass();
    return ctx.fail('publicIp', { name: db.name });
  },
});
