/**
 * microsoft.network/networksecuritygroups and microsoft.network/publicipaddresses. NSG rules arrive
 * in the ARM shape (`{ name, properties: { ... } }`) or flattened (`az` CLI); both are read, and the
 * singular and plural prefix / port fields are merged into one list each.
 */
import { isRecord, str } from '../../json-file.js';
import {
  baseFromRow,
  canonical,
  column,
  configFromProperties,
  lowerId,
  mapKnown,
  type FieldReaders,
  type RowMapper,
} from './types.js';

const NSG_MARKERS = ['provisioningState', 'resourceGuid', 'securityRules'];
const PIP_MARKERS = ['provisioningState', 'resourceGuid', 'publicIPAllocationMethod'];

/** The singular and plural forms of a field, as one list without blanks or duplicates. */
function listOf(single: unknown, plural: unknown): unknown[] {
  const values: unknown[] = [];
  if (single !== undefined && single !== null && single !== '') values.push(single);
  if (Array.isArray(plural)) values.push(...(plural as unknown[]).filter((v) => v !== null && v !== ''));
  return [...new Set(values)];
}

function securityRule(raw: unknown, isDefault: boolean): unknown {
  if (!isRecord(raw)) return raw;
  const p = isRecord(raw.properties) ? raw.properties : raw;
  const priority =
    typeof p.priority === 'string' && p.priority.trim() !== '' ? Number(p.priority) : p.priority;
  const asgs = Array.isArray(p.sourceApplicationSecurityGroups) ? p.sourceApplicationSecurityGroups : [];
  return {
    name: str(raw.name) ?? str(p.name) ?? str(raw.id)?.split('/').pop(),
    priority,
    direction: canonical(p.direction, ['Inbound', 'Outbound'] as const),
    access: canonical(p.access, ['Allow', 'Deny'] as const),
    protocol: canonical(p.protocol, ['Tcp', 'Udp', 'Icmp', 'Esp', 'Ah', '*'] as const),
    sourceAddressPrefixes: listOf(p.sourceAddressPrefix, p.sourceAddressPrefixes),
    sourcePortRanges: listOf(p.sourcePortRange, p.sourcePortRanges),
    destinationAddressPrefixes: listOf(p.destinationAddressPrefix, p.destinationAddressPrefixes),
    destinationPortRanges: listOf(p.destinationPortRange, p.destinationPortRanges),
    sourceApplicationSecurityGroups: asgs.map((g: unknown) => lowerId(isRecord(g) ? g.id : g)),
    isDefault,
  };
}

function rules(v: unknown, isDefault: boolean): unknown {
  return mapKnown(v, (list) =>
    Array.isArray(list) ? list.map((r: unknown) => securityRule(r, isDefault)) : list,
  );
}

/** Associated subnets / NICs as lower-case ids. */
function ids(v: unknown): unknown {
  return mapKnown(v, (list) =>
    Array.isArray(list) ? list.map((x: unknown) => lowerId(isRecord(x) ? x.id : x)) : list,
  );
}

const NSG_FIELDS: FieldReaders = {
  securityRules: (p) => rules(p.req('securityRules'), false),
  defaultSecurityRules: (p) => rules(p.req('defaultSecurityRules'), true),
  // ARM omits the association lists when the group is associated with nothing.
  subnets: (p) => ids(p.opt('subnets', [])),
  networkInterfaces: (p) => ids(p.opt('networkInterfaces', [])),
};

export const mapNetworkSecurityGroup: RowMapper = (row, source) => {
  const config = configFromProperties(row, NSG_MARKERS, NSG_FIELDS);
  return [
    { type: 'azure.network.network-security-group', candidate: { ...baseFromRow(row, source), config } },
  ];
};

const PIP_FIELDS: FieldReaders = {
  ipAddress: (p) => p.opt('ipAddress'),
  allocationMethod: (p) => p.req('publicIPAllocationMethod'),
  ipVersion: (p) => p.opt('publicIPAddressVersion'),
  // ARM omits ipConfiguration when the address is not bound to anything.
  ipConfigurationId: (p) => lowerId(p.opt('ipConfiguration.id')),
};

export const mapPublicIp: RowMapper = (row, source) => {
  const config = {
    sku: column(row, 'sku', (v) => (isRecord(v) ? (v.name ?? null) : (v ?? null))),
    ...configFromProperties(row, PIP_MARKERS, PIP_FIELDS),
  };
  return [{ type: 'azure.network.public-ip', candidate: { ...baseFromRow(row, source), config } }];
};
