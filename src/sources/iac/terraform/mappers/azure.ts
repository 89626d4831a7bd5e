/**
 * Azure (azurerm) resources: azurerm_network_security_group → azure.network.network-security-group,
 * with its inline `security_rule` blocks and the azurerm_network_security_rule resources that name it
 * (joined by reference or name; rules naming a group the configuration does not declare become that
 * group's asset), and azurerm_storage_account → azure.storage.account (with
 * azurerm_storage_account_network_rules joined). Provider defaults apply where an argument is absent.
 */
import type { NsgSecurityRule } from '../../../../inventory/azure/network.js';
import type { ResourceInstance } from '../module.js';
import { isObject, isUnknownValue, plain, toNum, toStr, unknownValue, type Value } from '../value.js';
import { childrenOf, orphanGroup, orphanParentName, type ChildLink } from './join.js';
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

const NSG = 'azure.network.network-security-group';
const NSG_RULES: ChildLink[] = [
  { type: 'azurerm_network_security_rule', attr: 'network_security_group_name' },
];
const NSG_PARENT = [{ type: 'azurerm_network_security_group', nameAttr: 'name' }];

type Attrs = Record<string, { value: Value; line: number } | undefined>;

/** `34.15.11.3/0` is every IPv4 address, as `0.0.0.0/0` is: normalised so the world checks see it. */
function prefix(p: string): string {
  const s = p.trim();
  if (/^\d{1,3}(\.\d{1,3}){3}\/0$/.test(s)) return '0.0.0.0/0';
  if (/^[0-9a-f:]+\/0$/i.test(s) && s.includes(':')) return '::/0';
  return s;
}

/** A singular field and its plural twin as one list (`22` / `["22", "80"]`), comma lists split. */
function merged(attrs: Attrs, single: string, plural: string, split: boolean): string[] | Value {
  const out: string[] = [];
  const one = attrs[single]?.value;
  if (isUnknownValue(one)) return plain(one);
  const s = one === undefined || one === null ? undefined : toStr(one);
  if (s !== undefined && s !== '') out.push(...(split ? s.split(',').map((x) => x.trim()) : [s]));
  const many = strList(attrs[plural]?.value);
  if (isUnknownValue(many)) return many;
  out.push(...(many as string[]));
  return out.filter((x) => x !== '');
}

const titleCase = (s: string) => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();

/**
 * One security rule from Terraform attributes, or the unknown that stops it being read.
 * `destination_port_range = "22,24"` is read as two ranges (the API takes a list in the plural field).
 */
function securityRule(attrs: Attrs): NsgSecurityRule | Value {
  const get = (n: string) => attrs[n]?.value;
  for (const n of ['name', 'priority', 'direction', 'access', 'protocol'])
    if (isUnknownValue(get(n))) return plain(get(n)!);
  const direction = titleCase(toStr(get('direction') ?? '') ?? '');
  const access = titleCase(toStr(get('access') ?? '') ?? '');
  if (direction !== 'Inbound' && direction !== 'Outbound')
    return unknownValue(`direction ${JSON.stringify(get('direction'))} is not Inbound or Outbound`);
  if (access !== 'Allow' && access !== 'Deny')
    return unknownValue(`access ${JSON.stringify(get('access'))} is not Allow or Deny`);
  const priority = toNum(get('priority') ?? null);
  if (priority === undefined) return unknownValue('priority is not a number');
  const lists = {
    sourceAddressPrefixes: merged(attrs, 'source_address_prefix', 'source_address_prefixes', false),
    sourcePortRanges: merged(attrs, 'source_port_range', 'source_port_ranges', true),
    destinationAddressPrefixes: merged(
      attrs,
      'destination_address_prefix',
      'destination_address_prefixes',
      false,
    ),
    destinationPortRanges: merged(attrs, 'destination_port_range', 'destination_port_ranges', true),
    sourceApplicationSecurityGroups: strList(get('source_application_security_group_ids')),
  };
  for (const v of Object.values(lists)) if (isUnknownValue(v)) return v;
  return {
    name: toStr(get('name') ?? '') ?? '',
    priority,
    direction,
    access,
    protocol: toStr(get('protocol') ?? '*') ?? '*',
    sourceAddressPrefixes: (lists.sourceAddressPrefixes as string[]).map(prefix),
    sourcePortRanges: lists.sourcePortRanges as string[],
    destinationAddressPrefixes: (lists.destinationAddressPrefixes as string[]).map(prefix),
    destinationPortRanges: lists.destinationPortRanges as string[],
    sourceApplicationSecurityGroups: lists.sourceApplicationSecurityGroups as string[],
    isDefault: false,
  };
}

const opensToWorld = (r: NsgSecurityRule) =>
  r.direction === 'Inbound' &&
  r.access === 'Allow' &&
  r.sourceAddressPrefixes.some((p) =>
    ['*', 'internet', 'any', '0.0.0.0/0', '::/0', '0.0.0.0'].includes(p.toLowerCase()),
  );

/** The group asset from its inline rules (when declared) and its separate rule resources. */
function nsgAsset(
  r: Reader,
  inline: boolean,
  ruleResources: ResourceInstance[],
  name: string,
  undeclared: boolean,
): MappedResource {
  const rules: NsgSecurityRule[] = [];
  let unknown: Value | undefined = inline ? r.dynamicUnknown('security_rule') : undefined;
  let line: { line: number; from: ResourceInstance } | undefined;
  const add = (attrs: Attrs, from: ResourceInstance, blockLine: number) => {
    const rule = securityRule(attrs);
    if (isUnknownValue(rule)) {
      unknown ??= rule;
      return;
    }
    rules.push(rule as NsgSecurityRule);
    if (line === undefined && opensToWorld(rule as NsgSecurityRule))
      line = {
        line: attrs.source_address_prefix?.line ?? attrs.source_address_prefixes?.line ?? blockLine,
        from,
      };
  };
  if (inline) for (const b of r.blocks('security_rule')) add(b.body.attrs, r.inst, b.line);
  for (const res of ruleResources) add(res.body.attrs, res, res.line);
  const config: Record<string, unknown> = {
    securityRules: unknown ?? rules,
    // Azure adds the same fixed default rules to every group; none of them admits the internet.
    defaultSecurityRules: unknownValue('Azure adds the default rules when the group is created'),
    subnets: unknownValue('subnet ids are known only after apply'),
    networkInterfaces: unknownValue('network interface ids are known only after apply'),
  };
  if (line) r.mark('securityRules', line.line, line.from);
  else r.mark('securityRules', inline ? r.blocks('security_rule')[0]?.line : ruleResources[0]?.line);
  return {
    type: NSG,
    provider: 'azure',
    name,
    tags: undeclared ? {} : r.tags(),
    config,
    fields: r.fields,
    joined: ruleResources.filter((x) => x !== r.inst).map((x) => x.address),
  };
}

export function mapNetworkSecurityGroup(inst: ResourceInstance, index: InstanceIndex): MappedResource {
  const r = new Reader(inst);
  return nsgAsset(r, true, childrenOf(inst, 'name', NSG_RULES, index), displayName(r, 'name'), false);
}

/** A rule resource: folded into its declared group, or (leading its group's orphans) the group's asset. */
export function mapNetworkSecurityRule(
  inst: ResourceInstance,
  index: InstanceIndex,
): MappedResource | undefined {
  const group = orphanGroup(inst, NSG_RULES, NSG_PARENT, index);
  if (!group || group.length === 0) return undefined;
  return nsgAsset(
    new Reader(inst),
    false,
    group,
    orphanParentName(inst, 'network_security_group_name'),
    true,
  );
}

const STORAGE = 'azure.storage.account';

/** A retention block `{ days = 7 }` as `{ enabled, days }`; null when absent. */
function retention(b: { body: { attrs: Attrs } } | undefined): Value {
  if (b === undefined) return null;
  const days = numField(b.body.attrs.days?.value, 7);
  return isUnknownValue(days) ? days : { enabled: true, days };
}

/**
 * azurerm_private_endpoint resources whose private_service_connection names this resource
 * (`private_connection_resource_id = azurerm_storage_account.sa.id`); Terraform-created endpoints
 * to a resource in the same subscription are approved automatically.
 */
function privateEndpoints(inst: ResourceInstance, index: InstanceIndex): number {
  return index.ofType('azurerm_private_endpoint').filter((pe) =>
    (pe.body.blocks.private_service_connection ?? []).some((c) => {
      const id = c.body.attrs.private_connection_resource_id?.value;
      return isUnknownValue(id) && id.$ref === inst.address;
    }),
  ).length;
}

export function mapStorageAccount(inst: ResourceInstance, index: InstanceIndex): MappedResource {
  const r = new Reader(inst);
  const v = (n: string) => r.attr(n)?.value;
  /** azurerm 4.x renamed several arguments; either spelling is read. */
  const either = (a: string, b: string) => r.attr(a) ?? r.attr(b);
  const https = either('https_traffic_only_enabled', 'enable_https_traffic_only');
  const nested = either('allow_nested_items_to_be_public', 'allow_blob_public_access');
  const blob = r.blocks('blob_properties')[0];
  const share = r.blocks('share_properties')[0];
  const smb = share?.body.blocks.smb?.[0];
  const separateRules = index.referring(
    'azurerm_storage_account_network_rules',
    'storage_account_id',
    inst,
    [],
  );
  const rulesBody = separateRules[0]?.body ?? r.blocks('network_rules')[0]?.body;
  let networkAcls: Value = null;
  if (rulesBody) {
    const a = rulesBody.attrs;
    const action = a.default_action?.value;
    const bypass = strList(a.bypass?.value);
    const ips = strList(a.ip_rules?.value);
    const subnets = strList(a.virtual_network_subnet_ids?.value);
    const u = [action, bypass, ips, subnets].find((x) => isUnknownValue(x));
    networkAcls =
      u !== undefined
        ? plain(u)
        : {
            defaultAction: action === 'Deny' ? 'Deny' : 'Allow',
            bypass: (bypass as string[]).length > 0 ? (bypass as string[]).join(', ') : null,
            ipRules: ips as string[],
            virtualNetworkRules: (subnets as string[]).map((s) => s.toLowerCase()),
          };
  }
  const tier = v('account_tier');
  const repl = v('account_replication_type');
  const cmk =
    r.blocks('customer_managed_key').length > 0 ||
    index.referring('azurerm_storage_account_customer_managed_key', 'storage_account_id', inst, []).length >
      0;
  const crossTenant = r.attr('cross_tenant_replication_enabled');
  const config = withUnread(STORAGE, {
    kind: strField(v('account_kind'), 'StorageV2'),
    httpsOnly: boolField(https?.value, true),
    minimumTlsVersion: strField(v('min_tls_version'), 'TLS1_2'),
    allowBlobPublicAccess: boolField(nested?.value, true),
    publicNetworkAccess: (() => {
      const p = boolField(v('public_network_access_enabled'), true);
      return isUnknownValue(p) ? p : p ? 'Enabled' : 'Disabled';
    })(),
    networkAcls,
    allowSharedKeyAccess: boolField(v('shared_access_key_enabled'), true),
    infrastructureEncryption: boolField(v('infrastructure_encryption_enabled'), false),
    encryptionKeySource: cmk ? 'Microsoft.Keyvault' : 'Microsoft.Storage',
    blobSoftDelete: retention(blob?.body.blocks.delete_retention_policy?.[0]),
    containerSoftDelete: retention(blob?.body.blocks.container_delete_retention_policy?.[0]),
    blobVersioning: boolField(blob?.body.attrs.versioning_enabled?.value, false),
    fileShareSoftDelete: retention(share?.body.blocks.retention_policy?.[0]),
    smbVersions: smb?.body.attrs.versions ? strList(smb.body.attrs.versions.value) : null,
    smbChannelEncryption: smb?.body.attrs.channel_encryption_type
      ? strList(smb.body.attrs.channel_encryption_type.value)
      : null,
    allowCrossTenantReplication: crossTenant
      ? boolField(crossTenant.value, null)
      : unknownValue('the default depends on the azurerm provider version (true before 4.0, false from 4.0)'),
    privateEndpointConnections: privateEndpoints(inst, index),
    // The azurerm provider has no argument for the account key policy: an account it creates has none.
    keyExpirationPeriodInDays: null,
    defaultToOAuthAuthentication: boolField(v('default_to_oauth_authentication'), false),
    keyCreationTime: unknownValue('access keys are generated at apply'),
    skuName:
      isUnknownValue(tier) || isUnknownValue(repl)
        ? plain(isUnknownValue(tier) ? tier : repl!)
        : `${toStr(tier ?? '') ?? ''}_${toStr(repl ?? '') ?? ''}`,
  });
  r.mark('httpsOnly', https?.line);
  r.mark('minimumTlsVersion', r.attr('min_tls_version')?.line);
  r.mark('allowBlobPublicAccess', nested?.line);
  r.mark('publicNetworkAccess', r.attr('public_network_access_enabled')?.line);
  r.mark(
    'networkAcls',
    separateRules[0]?.line ?? r.blocks('network_rules')[0]?.line,
    separateRules[0] ?? inst,
  );
  r.mark('allowSharedKeyAccess', r.attr('shared_access_key_enabled')?.line);
  r.mark('infrastructureEncryption', r.attr('infrastructure_encryption_enabled')?.line);
  r.mark('allowCrossTenantReplication', crossTenant?.line);
  r.mark('blobVersioning', blob?.body.attrs.versioning_enabled?.line ?? blob?.line);
  r.mark('skuName', r.attr('account_replication_type')?.line);
  if (isObject(v('tags') ?? null)) r.mark('tags', r.attr('tags')?.line);
  return {
    type: STORAGE,
    provider: 'azure',
    name: displayName(r, 'name'),
    tags: r.tags(),
    config,
    fields: r.fields,
    joined: separateRules.map((x) => x.address),
  };
}
