/** Storage accounts replicate to a second region. */
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-storage-account-geo-redundant',
  title: 'Storage accounts replicate to a second region',
  description:
    'Geo-redundant replication (GRS, RA-GRS, GZRS, RA-GZRS) keeps a copy of the data in the paired region, so a regional outage or disaster does not lose it. Apply to accounts holding critical data; the rule flags every account so the choice is explicit.',
  severity: 'low',
  category: 'storage',
  aspects: ['resilience'],
  assetTypes: ['azure.storage.account'],
  messages: {
    local: 'Storage account {{name}} replicates only within one region ({{sku}})',
  },
  remediation: {
    text: 'Change the replication to GRS, RA-GRS, GZRS or RA-GZRS for accounts holding critical data.',
    cli: 'az storage account update --name <account> --sku Standard_GZRS',
  },
  references: ['https://learn.microsoft.com/en-us/azure/storage/common/storage-redundancy'],
  check(a, ctx) {
    const sku = need(a.config, 'skuName');
    return sku !== null && /(GRS|GZRS)$/i.test(sku)
      ? ctx.pass({ sku })
      : ctx.fail('local', { name: a.name, sku: sku ?? 'unknown SKU' });
  },
});
