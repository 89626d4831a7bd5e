/** microsoft.keyvault/vaults. ARM omits the protection flags that were never set. */
import {
  baseFromRow,
  configFromProperties,
  networkAclsOf,
  type FieldReaders,
  type RowMapper,
} from './types.js';

const MARKERS = ['vaultUri', 'tenantId', 'provisioningState'];

const FIELDS: FieldReaders = {
  softDeleteEnabled: (p) => p.opt('enableSoftDelete'),
  softDeleteRetentionDays: (p) => p.opt('softDeleteRetentionInDays'),
  purgeProtectionEnabled: (p) => p.opt('enablePurgeProtection'),
  rbacAuthorization: (p) => p.opt('enableRbacAuthorization'),
  publicNetworkAccess: (p) => p.opt('publicNetworkAccess'),
  networkAcls: networkAclsOf,
};

export const mapKeyVault: RowMapper = (row, source) => {
  const config = configFromProperties(row, MARKERS, FIELDS);
  return [{ type: 'azure.keyvault.vault', candidate: { ...baseFromRow(row, source), config } }];
};
