import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'gcp-bigquery-table-cmek-encrypted',
  title: 'BigQuery tables are encrypted with customer-managed keys',
  description:
    'Tables encrypted with a customer-managed Cloud KMS key can be made unreadable by disabling the key, and every ' +
    'use of the key is audited; Google-managed keys offer neither control.',
  severity: 'low',
  category: 'encryption',
  aspects: ['encryption'],
  assetTypes: ['gcp.bigquery.table'],
  messages: {
    none: 'BigQuery table {{name}} is not encrypted with a customer-managed key',
  },
  remediation: {
    text: 'Copy the table into one encrypted with a Cloud KMS key (or set a default key on the dataset for new tables).',
    cli: 'bq cp -f --destination_kms_key=projects/<p>/locations/<l>/keyRings/<r>/cryptoKeys/<k> <dataset>.<table> <dataset>.<table>',
  },
  references: ['https://cloud.google.com/bigquery/docs/customer-managed-encryption'],
  check(table, ctx) {
    const type = need(table.config, 'tableType');
    if (type === 'VIEW' || type === 'EXTERNAL')
      return ctx.notApplicable(`a ${type.toLowerCase()} stores no data of its own`);
    const key = need(table.config, 'kmsKeyName');
    if (key !== null && key !== '') return ctx.pass({ kmsKeyName: key });
    return ctx.fail('none', { name: table.name });
  },
});
