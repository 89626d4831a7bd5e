import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'gcp-sql-instance-ssl-required',
  title: 'Cloud SQL instances accept only encrypted connections',
  description:
    'Unless the instance requires TLS, clients may connect in plain text, exposing credentials and query ' +
    'results to anyone on the network path. sslMode ENCRYPTED_ONLY (or TRUSTED_CLIENT_CERTIFICATE_REQUIRED, ' +
    'or the legacy requireSsl) refuses unencrypted connections.',
  severity: 'high',
  category: 'database',
  aspects: ['encryption'],
  assetTypes: ['gcp.sql.instance'],
  messages: {
    unencrypted: 'Cloud SQL instance {{name}} accepts unencrypted connections ({{setting}})',
  },
  remediation: {
    text: "Set the instance's SSL mode to ENCRYPTED_ONLY (or TRUSTED_CLIENT_CERTIFICATE_REQUIRED to also require client certificates).",
    cli: 'gcloud sql instances patch <instance> --ssl-mode=ENCRYPTED_ONLY',
    terraform:
      'resource "google_sql_database_instance" "this" {\n  # ...\n  settings {\n    ip_configuration {\n      ssl_mode = "ENCRYPTED_ONLY"\n    }\n  }\n}',
  },
  references: ['https://cloud.google.com/sql/docs/mysql/configure-ssl-instance'],
  check(db, ctx) {
    // sslMode supersedes the legacy requireSsl flag when it is set.
    const mode = need(db.config, 'sslMode');
    if (mode !== null) {
      if (mode !== 'ALLOW_UNENCRYPTED_AND_ENCRYPTED' && mode !== 'SSL_MODE_UNSPECIFIED')
        return ctx.pass({ sslMode: mode });
      return ctx.fail('unencrypted', { name: db.name, setting: `sslMode ${mode}` }, { sslMode: mode });
    }
    if (need(db.config, 'requireSsl')) return ctx.pass({ requireSsl: true });
    return ctx.fail('unencrypted', { name: db.name, setting: 'requireSsl is off' }, { requireSsl: false });
  },
});
