import { defineRule } from '../../api.js';
import { comboEvidence, failedComponents, isSensitive } from '../../combination.js';

export const rule = defineRule({
  id: 'azure-combo-public-confidential-storage',
  title: 'No storage account tagged confidential or restricted allows anonymous blob access',
  description:
    'A toxic combination: a storage account that lets containers be read anonymously and whose data-classification ' +
    'tag says it holds confidential or restricted data. One container set to public is then a data leak.',
  severity: 'critical',
  category: 'storage',
  aspects: ['exposure'],
  assetTypes: ['azure.storage.account'],
  combination: { components: ['azure-storage-account-public-blob-access-disabled'] },
  messages: { toxic: 'Storage account {{name}} is tagged {{classification}} and {{path}}' },
  remediation: {
    text: 'Disallow anonymous blob access on the account (allowBlobPublicAccess = false).',
    cli: 'az storage account update --name <account> --resource-group <rg> --allow-blob-public-access false',
  },
  check(account, ctx) {
    const f = ctx.facts(account);
    if (f.exposure?.kind !== 'public-access' || !isSensitive(f)) return ctx.pass();
    const components = failedComponents(ctx, [
      ['azure-storage-account-public-blob-access-disabled', account.uid],
    ]);
    return ctx.fail(
      'toxic',
      { name: account.name, classification: f.data?.classification ?? 'sensitive', path: f.exposure.text },
      comboEvidence(components, f),
    );
  },
});
