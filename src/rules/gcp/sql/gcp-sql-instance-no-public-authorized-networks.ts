import { isWorld } from '../../../inventory/net.js';
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'gcp-sql-instance-no-public-authorized-networks',
  title: 'Cloud SQL instances do not accept connections from the whole internet',
  description:
    'An authorized network of 0.0.0.0/0 on an instance with a public IP lets anyone on the internet reach the ' +
    'database port and try passwords against it, and exposes it to every vulnerability of the database engine ' +
    'before authentication. Connections should come over private IP, or through the Cloud SQL Auth Proxy or ' +
    'connectors, which authenticate with IAM first.',
  severity: 'critical',
  category: 'database',
  aspects: ['exposure'],
  assetTypes: ['gcp.sql.instance'],
  messages: {
    world: 'Cloud SQL instance {{name}} accepts connections from {{network}} on its public IP',
  },
  remediation: {
    text:
      'Remove 0.0.0.0/0 from the authorized networks; allow only known client ranges, or connect through the ' +
      'Cloud SQL Auth Proxy or private IP; enforce constraints/sql.restrictAuthorizedNetworks.',
    cli: 'gcloud sql instances patch <instance> --authorized-networks=<cidr>[,<cidr>...]   # or --clear-authorized-networks',
    terraform:
      'resource "google_sql_database_instance" "this" {\n  # ...\n  settings {\n    ip_configuration {\n      authorized_networks {\n        name  = "office"\n        value = "203.0.113.0/24" # not 0.0.0.0/0\n      }\n    }\n  }\n}',
  },
  references: [
    'https://cloud.google.com/sql/docs/mysql/authorize-networks',
    'https://cloud.google.com/sql/docs/mysql/sql-proxy',
  ],
  check(db, ctx) {
    if (!need(db.config, 'ipv4Enabled'))
      return ctx.notApplicable('no public IP: authorized networks do not apply');
    const open = need(db.config, 'authorizedNetworks').filter((n) => isWorld(n.value));
    const first = open[0];
    if (first === undefined) return ctx.pass();
    return ctx.fail('world', { name: db.name, network: first.value }, { authorizedNetworks: open });
  },
});
