/**
 * Azure data services: azurerm_mssql_server → azure.sql.server (with azurerm_mssql_firewall_rule,
 * azurerm_mssql_server_extended_auditing_policy and azurerm_mssql_database joined by `server_id`), and
 * azurerm_key_vault → azure.keyvault.vault (with azurerm_key_vault_key / _secret joined by
 * `key_vault_id`, azurerm_monitor_diagnostic_setting by `target_resource_id`, private endpoints).
 * Provider defaults apply where an argument is absent.
 */
import type { ResourceInstance } from '../module.js';
import { isUnknownValue, plain, toStr, type Value } from '../value.js';
import {
  boolField,
  displayName,
  numField,
  Reader,
  strField,
  strList,
  withUnread,
  type InstanceIndex,
  type MappedResource,
} from './types.js';

/** Items of a list, or the first unknown among them. */
function all(items: Value[]): Value {
  return items.find((x) => isUnknownValue(x)) ?? items;
}

const enabled = (v: Value) => (isUnknownValue(v) ? v : v ? 'Enabled' : 'Disabled');

export function mapSqlServer(inst: ResourceInstance, index: InstanceIndex): MappedResource {
  const r = new Reader(inst);
  const v = (n: string) => r.attr(n)?.value;
  const of = (type: string) => index.referring(type, 'server_id', inst, []);
  const ad = r.blocks('azuread_administrator')[0]?.body.attrs;
  const rules = of('azurerm_mssql_firewall_rule');
  const audits = of('azurerm_mssql_server_extended_auditing_policy');
  const dbs = of('azurerm_mssql_database');
  const firewallRules = all(
    rules.map((f) => {
      const a = f.body.attrs;
      const [name, start, end] = [a.name?.value, a.start_ip_address?.value, a.end_ip_address?.value];
      const u = [name, start, end].find((x) => isUnknownValue(x));
      if (u !== undefined) return plain(u);
      return { name: toStr(name ?? '') ?? '', start: toStr(start ?? '') ?? '', end: toStr(end ?? '') ?? '' };
    }),
  );
  const audit = audits[0]?.body.attrs;
  const config = withUnread('azure.sql.server', {
    publicNetworkAccess: enabled(boolField(v('public_network_access_enabled'), true)),
    minimalTlsVersion: strField(v('minimum_tls_version'), '1.2'),
    administratorLogin: strField(v('administrator_login'), null),
    entraAdmin: ad
      ? {
          login: toStr(ad.login_username?.value ?? '') ?? 'known after apply',
          sid: strField(ad.object_id?.value, null),
          principalType: null,
          tenantId: isUnknownValue(ad.tenant_id?.value) ? null : strField(ad.tenant_id?.value, null),
        }
      : null,
    entraOnlyAuthentication: boolField(ad?.azuread_authentication_only?.value, false),
    version: strField(v('version'), null),
    firewallRules,
    auditing: audit
      ? {
          enabled: boolField(audit.enabled?.value, true),
          retentionDays: numField(audit.retention_in_days?.value, 0),
        }
      : { enabled: false, retentionDays: null },
    databases: all(
      dbs.map((d) => {
        const tde = boolField(d.body.attrs.transparent_data_encryption_enabled?.value, true);
        return isUnknownValue(tde)
          ? tde
          : { name: displayName(new Reader(d), 'name'), tdeState: enabled(tde) };
      }),
    ),
  });
  const cfg = config as Record<string, Value>;
  for (const k of ['auditing'] as const) {
    const a = cfg[k];
    if (a && typeof a === 'object' && !Array.isArray(a)) {
      const u = Object.values(a).find((x) => isUnknownValue(x));
      if (u !== undefined) cfg[k] = u;
    }
  }
  r.mark('publicNetworkAccess', r.attr('public_network_access_enabled')?.line);
  r.mark('minimalTlsVersion', r.attr('minimum_tls_version')?.line);
  r.mark('entraAdmin', r.blocks('azuread_administrator')[0]?.line);
  const open = rules.find((f) => f.body.attrs.start_ip_address?.value === '0.0.0.0');
  if (rules.length > 0)
    r.mark('firewallRules', (open ?? rules[0]!).body.attrs.start_ip_address?.line, open ?? rules[0]);
  if (audits[0]) r.mark('auditing', audit?.enabled?.line ?? audits[0].line, audits[0]);
  const offDb = dbs.find((d) => d.body.attrs.transparent_data_encryption_enabled?.value === false);
  if (offDb) r.mark('databases', offDb.body.attrs.transparent_data_encryption_enabled?.line, offDb);
  return {
    type: 'azure.sql.server',
    provider: 'azure',
    name: displayName(r, 'name'),
    tags: r.tags(),
    config,
    fields: r.fields,
    joined: [...rules, ...audits, ...dbs].map((x) => x.address),
  };
}

/** Keys or secrets of a vault: name, enabled, expiry, and (keys) whether a rotation policy rotates them. */
function vaultItems(items: ResourceInstance[], keys: boolean): Value {
  return all(
    items.map((i) => {
      const a = i.body.attrs;
      const exp = a.expiration_date?.value;
      if (isUnknownValue(exp)) return plain(exp);
      const rot = i.body.blocks.rotation_policy?.[0]?.body.blocks.automatic?.[0];
      return {
        name: displayName(new Reader(i), 'name'),
        enabled: true,
        expires: exp === undefined || exp === null ? null : (toStr(exp) ?? null),
        autoRotate: keys && rot !== undefined,
      };
    }),
  );
}

export function mapKeyVault(inst: ResourceInstance, index: InstanceIndex): MappedResource {
  const r = new Reader(inst);
  const v = (n: string) => r.attr(n)?.value;
  const keys = index.referring('azurerm_key_vault_key', 'key_vault_id', inst, []);
  const secrets = index.referring('azurerm_key_vault_secret', 'key_vault_id', inst, []);
  const diags = index.referring('azurerm_monitor_diagnostic_setting', 'target_resource_id', inst, []);
  const acl = r.blocks('network_acls')[0]?.body.attrs;
  const rbac = r.attr('enable_rbac_authorization') ?? r.attr('rbac_authorization_enabled');
  const endpoints = index.ofType('azurerm_private_endpoint').filter((pe) =>
    (pe.body.blocks.private_service_connection ?? []).some((c) => {
      const id = c.body.attrs.private_connection_resource_id?.value;
      return isUnknownValue(id) && id.$ref === inst.address;
    }),
  ).length;
  let networkAcls: Value = null;
  if (acl) {
    const [action, bypass, ips, subnets] = [
      acl.default_action?.value,
      acl.bypass?.value,
      strList(acl.ip_rules?.value),
      strList(acl.virtual_network_subnet_ids?.value),
    ];
    const u = [action, bypass, ips, subnets].find((x) => isUnknownValue(x));
    networkAcls =
      u !== undefined
        ? plain(u)
        : {
            defaultAction: action === 'Deny' ? 'Deny' : 'Allow',
            bypass: toStr(bypass ?? '') || null,
            ipRules: ips as string[],
            virtualNetworkRules: (subnets as string[]).map((s) => s.toLowerCase()),
          };
  }
  const config = withUnread('azure.keyvault.vault', {
    softDeleteEnabled: true,
    softDeleteRetentionDays: numField(v('soft_delete_retention_days'), 90),
    purgeProtectionEnabled: boolField(v('purge_protection_enabled'), false),
    rbacAuthorization: boolField(rbac?.value, false),
    publicNetworkAccess: enabled(boolField(v('public_network_access_enabled'), true)),
    networkAcls,
    privateEndpointConnections: endpoints,
    keys: vaultItems(keys, true),
    secrets: vaultItems(secrets, false),
    diagnosticSettings: all(
      diags.map((d) => {
        const logs: Value[] = [];
        for (const b of [...(d.body.blocks.enabled_log ?? []), ...(d.body.blocks.log ?? [])]) {
          const c = b.body.attrs.category?.value ?? b.body.attrs.category_group?.value;
          if (isUnknownValue(c)) return plain(c);
          if (b.body.attrs.enabled?.value !== false) logs.push(toStr(c ?? '') ?? '');
        }
        const dest = (n: string) => {
          const x = d.body.attrs[n]?.value;
          return x === undefined || x === null
            ? null
            : isUnknownValue(x)
              ? 'known after apply'
              : (toStr(x) ?? null);
        };
        return {
          name: displayName(new Reader(d), 'name'),
          enabledLogs: logs,
          workspaceId: dest('log_analytics_workspace_id'),
          storageAccountId: dest('storage_account_id'),
          eventHubAuthorizationRuleId: dest('eventhub_authorization_rule_id'),
        };
      }),
    ),
  });
  r.mark('purgeProtectionEnabled', r.attr('purge_protection_enabled')?.line);
  r.mark('rbacAuthorization', rbac?.line);
  r.mark('publicNetworkAccess', r.attr('public_network_access_enabled')?.line);
  r.mark('networkAcls', r.blocks('network_acls')[0]?.line);
  return {
    type: 'azure.keyvault.vault',
    provider: 'azure',
    name: displayName(r, 'name'),
    tags: r.tags(),
    config,
    fields: r.fields,
    joined: [...keys, ...secrets, ...diags].map((x) => x.address),
  };
}
