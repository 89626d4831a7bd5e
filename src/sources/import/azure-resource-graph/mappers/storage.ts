/**
 * microsoft.storage/storageaccounts. Soft delete, versioning and SMB settings live on the blob and
 * file service child resources, which Resource Graph does not return with the account: they come from
 * the ARM details a live scan attaches (`parapet.arm.blobServiceProperties` / `fileServiceProperties`)
 * and are unknown otherwise.
 */
import { isRecord } from '../../json-file.js';
import type { ArgRow } from '../row.js';
import {
  approvedConnections,
  armDetail,
  baseFromRow,
  mapKnown,
  pick,
  column,
  configFromProperties,
  networkAclsOf,
  type FieldReaders,
  type RowMapper,
} from './types.js';

/** Keys ARM returns for every storage account: without them the properties were projected. */
const MARKERS = ['provisioningState', 'primaryEndpoints', 'creationTime'];

function retention(policy: unknown): unknown {
  if (policy === undefined || policy === null) return null;
  if (!isRecord(policy)) return policy;
  return { enabled: policy.enabled, days: policy.days ?? null };
}

/** Semicolon-separated ARM lists (`SMB3.0;SMB3.1.1`) as arrays; absent → null (not set). */
function semicolonList(v: unknown): unknown {
  if (v === undefined || v === null || v === '') return null;
  return typeof v === 'string'
    ? v
        .split(';')
        .map((x) => x.trim())
        .filter((x) => x !== '')
    : v;
}

const BLOB = 'the blob service properties';
const FILE = 'the file service properties';

/** A field of a service's properties, from the live scan's ARM detail. */
function service(row: ArgRow, detail: string, what: string, read: (props: unknown) => unknown): unknown {
  return mapKnown(armDetail(row, detail, what), (body) => read(pick(body, 'properties') ?? {}));
}

const FIELDS: FieldReaders = {
  httpsOnly: (p) => p.req('supportsHttpsTrafficOnly'),
  minimumTlsVersion: (p) => p.opt('minimumTlsVersion'),
  allowBlobPublicAccess: (p) => p.opt('allowBlobPublicAccess'),
  publicNetworkAccess: (p) => p.opt('publicNetworkAccess'),
  networkAcls: networkAclsOf,
  allowSharedKeyAccess: (p) => p.opt('allowSharedKeyAccess'),
  infrastructureEncryption: (p) => p.opt('encryption.requireInfrastructureEncryption'),
  encryptionKeySource: (p) => p.req('encryption.keySource'),
  allowCrossTenantReplication: (p) => p.opt('allowCrossTenantReplication'),
  privateEndpointConnections: (p) =>
    mapKnown(p.opt('privateEndpointConnections', []), (v) => approvedConnections(v)),
  defaultToOAuthAuthentication: (p) => p.opt('defaultToOAuthAuthentication'),
  keyExpirationPeriodInDays: (p) => p.opt('keyPolicy.keyExpirationPeriodInDays'),
  keyCreationTime: (p) =>
    mapKnown(p.opt('keyCreationTime'), (v) =>
      isRecord(v) ? { key1: v.key1 ?? null, key2: v.key2 ?? null } : v,
    ),
};

export const mapStorageAccount: RowMapper = (row, source) => {
  const config = {
    kind: column(row, 'kind', (v) => v ?? null),
    skuName: column(row, 'sku', (v) => (isRecord(v) ? (v.name ?? null) : v)),
    ...configFromProperties(row, MARKERS, FIELDS),
    blobSoftDelete: service(row, 'blobServiceProperties', BLOB, (p) =>
      retention(pick(p, 'deleteRetentionPolicy')),
    ),
    containerSoftDelete: service(row, 'blobServiceProperties', BLOB, (p) =>
      retention(pick(p, 'containerDeleteRetentionPolicy')),
    ),
    blobVersioning: service(
      row,
      'blobServiceProperties',
      BLOB,
      (p) => pick(p, 'isVersioningEnabled') ?? false,
    ),
    fileShareSoftDelete: service(row, 'fileServiceProperties', FILE, (p) =>
      retention(pick(p, 'shareDeleteRetentionPolicy')),
    ),
    smbVersions: service(row, 'fileServiceProperties', FILE, (p) =>
      semicolonList(pick(p, 'protocolSettings', 'smb', 'versions')),
    ),
    smbChannelEncryption: service(row, 'fileServiceProperties', FILE, (p) =>
      semicolonList(pick(p, 'protocolSettings', 'smb', 'channelEncryption')),
    ),
  };
  return [{ type: 'azure.storage.account', candidate: { ...baseFromRow(row, source), config } }];
};
