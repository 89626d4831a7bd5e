/**
 * microsoft.network/virtualnetworks, networkwatchers, networkwatchers/flowlogs and bastionhosts:
 * what the network rules need beyond NSGs (subnet NSG association, DDoS protection, Network Watcher
 * presence per region, flow log retention).
 */
import { isRecord } from '../../json-file.js';
import {
  baseFromRow,
  column,
  configFromProperties,
  lowerId,
  mapKnown,
  pick,
  type FieldReaders,
  type RowMapper,
} from './types.js';

function subnet(raw: unknown): unknown {
  const p = pick(raw, 'properties') ?? raw;
  const nsg = pick(p, 'networkSecurityGroup', 'id');
  const delegations = pick(p, 'delegations');
  return {
    name: pick(raw, 'name'),
    networkSecurityGroupId: typeof nsg === 'string' ? nsg.toLowerCase() : null,
    delegations: Array.isArray(delegations)
      ? delegations
          .map((d: unknown) => pick(d, 'properties', 'serviceName') ?? pick(d, 'serviceName'))
          .filter((s): s is string => typeof s === 'string')
      : [],
  };
}

const VNET_FIELDS: FieldReaders = {
  subnets: (p) => mapKnown(p.opt('subnets', []), (v) => (Array.isArray(v) ? v.map(subnet) : v)),
  ddosProtectionEnabled: (p) => p.opt('enableDdosProtection'),
};

export const mapVirtualNetwork: RowMapper = (row, source) => [
  {
    type: 'azure.network.virtual-network',
    candidate: {
      ...baseFromRow(row, source),
      config: configFromProperties(row, ['provisioningState', 'addressSpace', 'resourceGuid'], VNET_FIELDS),
    },
  },
];

export const mapNetworkWatcher: RowMapper = (row, source) => [
  {
    type: 'azure.network.network-watcher',
    candidate: {
      ...baseFromRow(row, source),
      config: configFromProperties(row, ['provisioningState'], {
        provisioningState: (p) => p.req('provisioningState'),
      }),
    },
  },
];

const FLOW_LOG_FIELDS: FieldReaders = {
  enabled: (p) => p.opt('enabled', false),
  targetResourceId: (p) => mapKnown(p.req('targetResourceId'), lowerId),
  retention: (p) =>
    mapKnown(p.opt('retentionPolicy'), (v) =>
      isRecord(v) ? { enabled: v.enabled ?? false, days: v.days ?? 0 } : v,
    ),
};

export const mapFlowLog: RowMapper = (row, source) => {
  const config = configFromProperties(row, ['provisioningState', 'targetResourceId'], FLOW_LOG_FIELDS);
  const target = config.targetResourceId;
  return [
    {
      type: 'azure.network.flow-log',
      candidate: {
        ...baseFromRow(row, source),
        relations: typeof target === 'string' ? [{ kind: 'logs', target }] : [],
        config,
      },
    },
  ];
};

export const mapBastionHost: RowMapper = (row, source) => [
  {
    type: 'azure.network.bastion-host',
    candidate: {
      ...baseFromRow(row, source),
      config: { sku: column(row, 'sku', (v) => (isRecord(v) ? (v.name ?? null) : (v ?? null))) },
    },
  },
];
