/**
 * ARM templates → import events, through the Azure Resource Graph importer's own mappers (a template
 * resource has the shape of the ARM resource Resource Graph returns), so the Azure rules judge a
 * template's storage account, NSG, SQL server or Key Vault exactly as a deployed one. What Resource
 * Graph lacks and a live scan attaches (blob service, SQL firewall rules and auditing, vault keys,
 * site config) comes from the template's child resources; a property the template leaves unset is
 * not set (with the service default where Resource Graph always reports one). Finding uid:
 * `<file>#<resource name>`, lines of the property each config field read.
 */
import { readFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import type { SourceRef } from '../../../model/asset.js';
import { describeError } from '../../../model/errors.js';
import { ARG_MAPPERS } from '../../import/azure-resource-graph/mappers/index.js';
import type { ArgRow } from '../../import/azure-resource-graph/row.js';
import { filesUnder } from '../files.js';
import { isUnknownValue, unknownValue, type Value } from '../terraform/value.js';
import type { AssetSpan, IacOptions, IacRun } from '../types.js';
import { looksLikeArmTemplate, readArmTemplate, type ArmResource, type JsonPath } from './template.js';

const isObj = (v: unknown): v is { [k: string]: Value } =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !isUnknownValue(v);

/** Azure's default NSG rules, which every group has and Resource Graph reports as defaultSecurityRules. */
const DEFAULT_NSG_RULES: Value[] = [
  ['AllowVnetInBound', 65000, 'Inbound', 'Allow', 'VirtualNetwork', 'VirtualNetwork'],
  ['AllowAzureLoadBalancerInBound', 65001, 'Inbound', 'Allow', 'AzureLoadBalancer', '*'],
  ['DenyAllInBound', 65500, 'Inbound', 'Deny', '*', '*'],
  ['AllowVnetOutBound', 65000, 'Outbound', 'Allow', 'VirtualNetwork', 'VirtualNetwork'],
  ['AllowInternetOutBound', 65001, 'Outbound', 'Allow', '*', 'Internet'],
  ['DenyAllOutBound', 65500, 'Outbound', 'Deny', '*', '*'],
].map(([name, priority, direction, access, src, dst]) => ({
  name: name!,
  properties: {
    priority: priority!,
    direction: direction!,
    access: access!,
    protocol: '*',
    sourceAddressPrefix: src!,
    sourcePortRange: '*',
    destinationAddressPrefix: dst!,
    destinationPortRange: '*',
  },
}));

const lower = (s: string) => s.toLowerCase();
const shortName = (r: ArmResource) => r.name.split('/').pop() ?? r.name;

/** Child resources of `parent` whose type ends with `/<child>` (one level down). */
function childrenOf(parent: ArmResource, all: readonly ArmResource[], child: string): ArmResource[] {
  const type = `${lower(parent.type)}/${lower(child)}`;
  const prefix = `${lower(parent.name)}/`;
  return all.filter(
    (r) =>
      lower(r.type) === type &&
      lower(r.name).startsWith(prefix) &&
      !r.name.slice(prefix.length).includes('/'),
  );
}

function props(r: ArmResource | undefined): { [k: string]: Value } {
  const p = r?.body.properties;
  return isObj(p) ? p : {};
}

/**
 * What the template says for each type beyond the resource's own properties: the details a live scan
 * would attach (`parapet.arm.*`) and service defaults Resource Graph always reports. Child resources
 * used here are marked consumed.
 */
function completeRow(
  r: ArmResource,
  all: readonly ArmResource[],
  consumed: Set<ArmResource>,
): { properties: Value; arm: Record<string, Value>; childLines: Map<string, number> } {
  const type = lower(r.type);
  const childLines = new Map<string, number>();
  const use = (child: string) => {
    const list = childrenOf(r, all, child);
    for (const c of list) consumed.add(c);
    if (list[0]) childLines.set(child, list[0].line);
    return list;
  };
  const arm: Record<string, Value> = {};
  const own = r.body.properties ?? {};
  if (!isObj(own)) return { properties: own ?? {}, arm, childLines };
  const p: { [k: string]: Value } = {};
  // A property holding an unknown somewhere inside is unknown as a whole: the asset schemas take
  // unknowns at the top of a field, and a half-known rule list must not read as a known one.
  for (const [k, v] of Object.entries(own)) setOwn(p, k, hoistUnknown(v));
  const endpoints = privateEndpointsTo(r, all);
  if (endpoints > 0 && !Object.hasOwn(p, 'privateEndpointConnections'))
    p.privateEndpointConnections = Array.from({ length: endpoints }, () => ({
      properties: { privateLinkServiceConnectionState: { status: 'Approved' } },
    }));
  const apiVersion = typeof r.body.apiVersion === 'string' ? r.body.apiVersion : '';
  if (type === 'microsoft.storage/storageaccounts') {
    // HTTPS-only is on by default from API version 2019-04-01; the default key source is Microsoft-managed.
    if (p.supportsHttpsTrafficOnly === undefined) p.supportsHttpsTrafficOnly = apiVersion >= '2019-04-01';
    const enc = isObj(p.encryption) ? p.encryption : p.encryption === undefined ? {} : undefined;
    if (enc && enc.keySource === undefined) p.encryption = { ...enc, keySource: 'Microsoft.Storage' };
    arm.blobServiceProperties = { properties: props(use('blobServices')[0]) };
    arm.fileServiceProperties = { properties: props(use('fileServices')[0]) };
  } else if (type === 'microsoft.network/networksecuritygroups') {
    const rules = use('securityRules').map((c) => ({ name: shortName(c), properties: props(c) }));
    const inline = Array.isArray(p.securityRules)
      ? p.securityRules
      : p.securityRules === undefined
        ? []
        : undefined;
    p.securityRules = inline === undefined ? (p.securityRules ?? []) : [...inline, ...rules];
    p.defaultSecurityRules ??= DEFAULT_NSG_RULES;
  } else if (type === 'microsoft.network/publicipaddresses') {
    const sku = isObj(r.body.sku) ? r.body.sku.name : undefined;
    p.publicIPAllocationMethod ??=
      typeof sku === 'string' && lower(sku) === 'standard' ? 'Static' : 'Dynamic';
  } else if (type === 'microsoft.sql/servers') {
    arm.firewallRules = use('firewallRules').map((c) => ({ name: shortName(c), properties: props(c) }));
    arm.auditingSettings = { properties: props(use('auditingSettings')[0]) };
    arm.databases = use('databases').map((db) => {
      const tde = childrenOf(db, all, 'transparentDataEncryption');
      for (const t of tde) consumed.add(t);
      return { name: shortName(db), transparentDataEncryption: { properties: props(tde[0]) } };
    });
  } else if (type === 'microsoft.keyvault/vaults') {
    const item = (c: ArmResource) => ({ name: shortName(c), properties: props(c) });
    arm.keys = use('keys').map(item);
    arm.secrets = use('secrets').map(item);
    arm.diagnosticSettings = all
      .filter((d) => {
        const t = lower(d.type);
        const named = lower(d.name).startsWith(`${lower(r.name)}/`);
        return (
          named &&
          (t.endsWith('/providers/diagnosticsettings') || t === 'microsoft.insights/diagnosticsettings')
        );
      })
      .map((d) => {
        consumed.add(d);
        return { name: shortName(d), properties: props(d) };
      });
  } else if (type === 'microsoft.web/sites') {
    const web = use('config').find((c) => lower(shortName(c)) === 'web');
    const inline = isObj(p.siteConfig) ? p.siteConfig : {};
    arm.siteConfig = { properties: { ...inline, ...props(web) } };
  }
  if (type === 'microsoft.storage/storageaccounts')
    p.keyCreationTime = unknownValue('access keys are generated at deployment');
  for (const [k, v] of Object.entries(arm)) arm[k] = hoistUnknown(v);
  return { properties: p, arm, childLines };
}

function setOwn(o: { [k: string]: Value }, k: string, v: Value): void {
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
}

/** The first unknown inside a value, or the value when it holds none. */
function hoistUnknown(v: Value, depth = 0): Value {
  const find = (x: Value, d: number): Value | undefined => {
    if (isUnknownValue(x)) return x;
    if (d > 64) return undefined;
    if (Array.isArray(x)) {
      for (const y of x) {
        const u = find(y, d + 1);
        if (u) return u;
      }
    } else if (isObj(x))
      for (const y of Object.values(x)) {
        const u = find(y, d + 1);
        if (u) return u;
      }
    return undefined;
  };
  return find(v, depth) ?? v;
}

/**
 * Private endpoints of the template that connect to `r` (their privateLinkServiceId names it, as
 * `resourceId(...)` builds it): connections requested in the same deployment are approved.
 */
function privateEndpointsTo(r: ArmResource, all: readonly ArmResource[]): number {
  const suffix = `/providers/${lower(r.type)}/${lower(r.name)}`;
  let n = 0;
  for (const pe of all) {
    if (lower(pe.type) !== 'microsoft.network/privateendpoints') continue;
    const conns = props(pe).privateLinkServiceConnections;
    if (!Array.isArray(conns)) continue;
    for (const c of conns) {
      const id = isObj(c) ? (isObj(c.properties) ? c.properties.privateLinkServiceId : undefined) : undefined;
      if (typeof id === 'string' && lower(id).endsWith(suffix)) n++;
    }
  }
  return n;
}

/** Config fields a mapper fills from a child resource (not from the parent's properties), by parent type. */
const CHILD_FIELDS: Record<string, Record<string, string>> = {
  'microsoft.storage/storageaccounts': {
    blobSoftDelete: 'blobServices',
    containerSoftDelete: 'blobServices',
    blobVersioning: 'blobServices',
    fileShareSoftDelete: 'fileServices',
    smbVersions: 'fileServices',
    smbChannelEncryption: 'fileServices',
  },
  'microsoft.sql/servers': {
    firewallRules: 'firewallRules',
    auditing: 'auditingSettings',
    databases: 'databases',
  },
  'microsoft.keyvault/vaults': { keys: 'keys', secrets: 'secrets' },
  'microsoft.network/networksecuritygroups': { securityRules: 'securityRules' },
};

/**
 * NSG rules declared on their own (`Microsoft.Network/networkSecurityGroups/securityRules`, name
 * `nsg/rule`) for a group the template does not declare: the group, as far as this template shapes
 * it, with those rules (so a rule open to the internet is judged where it is written).
 */
function orphanGroups(all: readonly ArmResource[]): ArmResource[] {
  const groups = new Set(
    all.filter((r) => lower(r.type) === 'microsoft.network/networksecuritygroups').map((r) => lower(r.name)),
  );
  const out = new Map<string, ArmResource>();
  for (const r of all) {
    if (lower(r.type) !== 'microsoft.network/networksecuritygroups/securityrules') continue;
    const parent = r.name.split('/').slice(0, -1).join('/');
    if (parent === '' || groups.has(lower(parent)) || out.has(lower(parent))) continue;
    out.set(lower(parent), {
      type: 'Microsoft.Network/networkSecurityGroups',
      name: parent,
      body: { type: 'Microsoft.Network/networkSecurityGroups', name: parent, properties: {} },
      path: r.path,
      line: r.line,
      endLine: r.endLine,
    });
  }
  return [...out.values()];
}

/** Tags as strings (ARM allows only strings; anything else is shown as JSON). */
function tagsOf(v: Value | undefined): Record<string, string> {
  if (!isObj(v)) return {};
  return Object.fromEntries(
    Object.entries(v).map(([k, x]) => [k, typeof x === 'string' ? x : (JSON.stringify(x) ?? '')]),
  );
}

/**
 * Parameter values from `--var-file` files that are ARM parameter files (`{ "parameters": { "x":
 * { "value": ... } } }`); `.tfvars` files are left to the Terraform reader. Key Vault references
 * (`{ "reference": ... }`) are unknown.
 */
function parameterFiles(run: IacRun, options: IacOptions): Map<string, Value> {
  const out = new Map<string, Value>();
  for (const abs of options.varFiles ?? []) {
    if (!abs.endsWith('.json')) continue;
    let doc: unknown;
    let text = '';
    try {
      text = readFileSync(abs, 'utf8');
      doc = JSON.parse(text);
    } catch {
      continue; // Not JSON: the Terraform reader reports it.
    }
    if (!isObj(doc)) continue;
    const params = doc.parameters;
    const schema = doc.$schema;
    if (!isObj(params) || typeof schema !== 'string' || !/deploymentParameters\.json/i.test(schema)) continue;
    for (const [k, p] of Object.entries(params))
      if (isObj(p) && p.value !== undefined) out.set(k, p.value);
      else if (isObj(p) && p.reference !== undefined)
        out.set(k, unknownValue(`parameter ${k} is a Key Vault reference, read at deployment`));
    run.events.push({
      kind: 'file',
      file: relative(options.cwd, abs) || basename(abs),
      format: 'arm-parameters',
      bytes: Buffer.byteLength(text),
    });
  }
  return out;
}

/** Read every ARM template under `paths` into `run`. */
export function armTemplatesInto(run: IacRun, paths: readonly string[], options: IacOptions): void {
  const given = new Map<string, string>();
  for (const kv of options.vars ?? []) given.set(kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1));
  const fromFiles = parameterFiles(run, options);
  for (const abs of filesUnder(paths, ['.json'])) {
    let text: string;
    try {
      text = readFileSync(abs, 'utf8');
    } catch {
      continue;
    }
    if (!looksLikeArmTemplate(text.slice(0, 4096))) continue;
    if (run.claimed?.has(abs)) continue;
    (run.claimed ??= new Set()).add(abs);
    const file = relative(options.cwd, abs) || basename(abs);
    run.events.push({ kind: 'file', file, format: 'arm', bytes: Buffer.byteLength(text) });
    run.files.set(file, text);
    let template;
    try {
      template = readArmTemplate(text, file, given, fromFiles);
    } catch (e) {
      run.events.push({ kind: 'diagnostic', level: 'error', file, message: describeError(e) });
      continue;
    }
    for (const n of template.notAssessed)
      run.events.push({
        kind: 'diagnostic',
        level: 'warning',
        file,
        position: `line ${n.line}`,
        message: `${file}:${n.line}: ${n.name} not assessed: ${n.reason}`,
      });
    run.events.push({ kind: 'scope', provider: 'azure', account: 'unknown', region: 'unknown' });
    const consumed = new Set<ArmResource>();
    const mapped: { r: ArmResource; mapper: NonNullable<ReturnType<typeof ARG_MAPPERS.get>> }[] = [];
    template.resources.push(...orphanGroups(template.resources));
    for (const r of template.resources) {
      const mapper = ARG_MAPPERS.get(lower(r.type));
      if (mapper) mapped.push({ r, mapper });
    }
    const uids = new Set<string>();
    for (const { r, mapper } of mapped) {
      const { properties, arm, childLines } = completeRow(r, template.resources, consumed);
      const fieldPaths = new Map<string, JsonPath>();
      const propertyPath = (dotted: string): JsonPath => [...r.path, 'properties', ...dotted.split('.')];
      const row: ArgRow = {
        id: r.name,
        uid: lower(r.name),
        type: lower(r.type),
        name: r.name,
        subscriptionId: '',
        tenantId: undefined,
        location: typeof r.body.location === 'string' ? lower(r.body.location) : 'unknown',
        resourceGroup: undefined,
        tags: tagsOf(r.body.tags),
        properties: properties as Record<string, unknown>,
        columns: { ...r.body, parapet: { arm } },
        template: {
          read(field, path) {
            if (!fieldPaths.has(field) && template.lineOf(propertyPath(path)) !== undefined)
              fieldPaths.set(field, propertyPath(path));
          },
        },
      };
      const source: SourceRef = { kind: 'iac', format: 'arm', file, line: r.line, position: r.name };
      let candidates;
      try {
        candidates = mapper(row, source);
      } catch (e) {
        run.events.push({
          kind: 'diagnostic',
          level: 'error',
          file,
          position: `line ${r.line}`,
          message: `${file}:${r.line}: ${r.type} ${r.name} could not be read: ${describeError(e)}`,
        });
        continue;
      }
      for (const c of candidates) {
        let uid = `${file}#${r.name}`;
        for (let n = 2; uids.has(uid); n++) uid = `${file}#${r.name}#${n}`;
        uids.add(uid);
        const fields: AssetSpan['fields'] = {};
        for (const key of Object.keys(c.candidate.config)) {
          const path = fieldPaths.get(key);
          // Row-level columns (kind, sku, identity) are read by the mappers directly.
          const column = key === 'skuName' ? 'sku' : key;
          const child = CHILD_FIELDS[lower(r.type)]?.[key];
          const line = path
            ? template.lineOf(path)
            : child !== undefined
              ? childLines.get(child)
              : Object.hasOwn(r.body, column) && column !== 'properties'
                ? template.lineOf([...r.path, column])
                : undefined;
          if (line !== undefined) fields[key] = { file, line };
        }
        const parts = template.resources
          .filter((x) => x !== r && consumed.has(x) && lower(x.name).startsWith(`${lower(r.name)}/`))
          .map((x) => ({ file, line: x.line, endLine: x.endLine }));
        run.spans.set(uid, {
          file,
          line: r.line,
          endLine: r.endLine,
          fields,
          ...(parts.length > 0 ? { parts } : {}),
        });
        run.events.push({
          kind: 'candidate',
          type: c.type,
          candidate: {
            ...c.candidate,
            uid,
            account: 'unknown',
            region: row.location,
            relations: [],
            source,
          },
        });
      }
    }
    for (const r of template.resources)
      if (!ARG_MAPPERS.has(lower(r.type)) && !consumed.has(r))
        run.events.push({ kind: 'unsupported', provider: 'azure', resourceType: lower(r.type) });
  }
}
