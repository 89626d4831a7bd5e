/**
 * microsoft.storage/storageaccounts. Blob soft delete lives on the blob service child resource, which
 * Resource Graph does not return with the account; it is unknown unless a row carries it.
 */
import { unknown } from '../../../../model/unknown.js';
import { isRecord } from '../../json-file.js';
import {
  baseFromRow,
  column,
  configFromProperties,
  networkAclsOf,
  type FieldReaders,
  type Props,
  type RowMapper,
} from './types.js';

/** Keys ARM returns for every storage account: without them the properties were projected. */
const MARKERS = ['provisioningState', 'primaryEndpoints', 'creationTime'];

function blobSoftDelete(p: Props): unknown {
  const policy = p.get('deleteRetentionPolicy') ?? p.get('blobServiceProperties.deleteRetentionPolicy');
  if (policy === undefined)
    return unknown('Resource Graph storage account records do not include the blob service properties');
  if (!isRecord(policy)) return policy;
  return { enabled: policy.enabled, days: policy.days ?? null };
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
  blobSoftDelete,
};

export const mapStorageAccount: RowMapper = (row, source) => {
  const config = {
    kind: column(row, 'kind', (v) => v ?? null),
    ...configFromProperties(row, MARKERS, FIELDS),
  };
  return [{ type: 'azure.storage.account', candidate: { ...baseFromRow(row, source), config } }];
};
