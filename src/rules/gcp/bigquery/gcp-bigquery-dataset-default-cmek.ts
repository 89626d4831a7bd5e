import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'gcp-bigquery-dataset-default-cmek',
  title: 'BigQuery datasets set a default customer-managed encryption key',
  description:
    'A default Cloud KMS key makes every new table in the dataset encrypted with a key the organisation controls: ' +
    'it can be rotated, audited and disabled to make the data unreadable.',
  severity: 'low',
  category: 'encryption',
  aspects: ['encryption'],
  assetTypes: ['gcp.bigquery.dataset'],
  messages: {
    none: 'BigQuery dataset {{name}} has no default customer-managed key',
  },
  remediation: {
    text: 'Set a default Cloud KMS key on the dataset (the BigQuery service account needs Encrypter/Decrypter on it).',
    cli: 'bq update --default_kms_key=projects/<p>/locations/<l>/keyRings/<r>/cryptoKeys/<k> <project>:<dataset>',
    terraform:
      'resource "google_bigquery_dataset" "this" {\n  # ...\n  default_encryption_configuration {\n    kms_key_name = google_kms_crypto_key.bq.id\n  }\n}',
  },
  references: ['https://cloud.google.com/bigquery/docs/customer-managed-encryption'],
  check(ds, ctx) {
    const key = need(ds.config, 'defaultKmsKeyName');
    if (key !== null && key !== '') return ctx.pass({ defaultKmsKeyName: key });
    return ctx.fail('none', { name: ds.name });
  },
});
