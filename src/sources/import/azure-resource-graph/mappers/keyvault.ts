/**
 * microsoft.keyvault/vaults. ARM omits the protection flags that were never set. Keys, secrets and
 * diagnostic settings come from the live scan's ARM details (unknown in a plain Resource Graph export).
 */
import {
  approvedConnections,
  armDetail,
  baseFromRow,
  diagnosticSettingOf,
  lowerText,
  mapKnown,
  mapList,
  pick,
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
  privateEndpointConnections: (p) =>
    mapKnown(p.opt('privateEndpointConnections', []), (v) => approvedConnections(v)),
};

/** Unix seconds (Key Vault attributes) → ISO time; absent → null (never expires). */
function isoOf(seconds: unknown): unknown {
  if (seconds === undefined || seconds === null) return null;
  return typeof seconds === 'number' ? new Date(seconds * 1000).toISOString() : seconds;
}

function vaultItem(raw: unknown): unknown {
  const attributes = pick(raw, 'properties', 'attributes');
  const actions = pick(raw, 'properties', 'rotationPolicy', 'lifetimeActions');
  return {
    name: pick(raw, 'name'),
    enabled: pick(attributes, 'enabled') ?? true,
    expires: isoOf(pick(attributes, 'exp')),
    autoRotate:
      Array.isArray(actions) &&
      actions.some((a: unknown) => lowerText(pick(a, 'action', 'type')) === 'rotate'),
  };
}

export const mapKeyVault: RowMapper = (row, source) => {
  const config = {
    ...configFromProperties(row, MARKERS, FIELDS),
    keys: mapList(armDetail(row, 'keys', 'Key Vault keys'), vaultItem),
    secrets: mapList(armDetail(row, 'secrets', 'Key Vault secrets'), vaultItem),
    diagnosticSettings: mapList(
      armDetail(row, 'diagnosticSettings', 'diagnostic settings'),
      diagnosticSettingOf,
    ),
  };
  return [{ type: 'azure.keyvault.vault', candidate: { ...baseFromRow(row, source), config } }];
};
