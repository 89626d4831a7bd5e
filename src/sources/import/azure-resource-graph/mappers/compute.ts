/**
 * microsoft.compute/virtualmachines and microsoft.compute/disks. A disk points at its VM through the
 * row-level `managedBy` column (`attached-to`), and at its disk encryption set (`encrypted-by`).
 */
import type { Relation } from '../../../../model/asset.js';
import { isRecord, str } from '../../json-file.js';
import { at } from '../row.js';
import {
  baseFromRow,
  column,
  configFromProperties,
  identityOf,
  lowerId,
  mapKnown,
  type FieldReaders,
  type RowMapper,
} from './types.js';

const VM_MARKERS = ['provisioningState', 'vmId', 'storageProfile'];
const DISK_MARKERS = ['provisioningState', 'timeCreated', 'diskState'];

function vmDisk(raw: unknown, role: 'os' | 'data', index: number): unknown {
  if (!isRecord(raw)) return raw;
  const diskId = str(at(raw, 'managedDisk', 'id'));
  const vhd = str(at(raw, 'vhd', 'uri'));
  return {
    name: str(raw.name) ?? (role === 'os' ? 'osdisk' : `data-${index}`),
    role,
    // A disk with a VHD URI lives in a storage account page blob: unmanaged.
    managed: vhd === undefined,
    diskId: diskId?.toLowerCase() ?? null,
    vhdUri: vhd ?? null,
  };
}

function disks(storageProfile: unknown): unknown {
  return mapKnown(storageProfile, (sp) => {
    if (!isRecord(sp)) return sp;
    const data = Array.isArray(sp.dataDisks) ? sp.dataDisks : [];
    const out: unknown[] = [];
    if (sp.osDisk !== undefined) out.push(vmDisk(sp.osDisk, 'os', 0));
    data.forEach((d: unknown, i: number) => out.push(vmDisk(d, 'data', i)));
    return out;
  });
}

function nicIds(nics: unknown): unknown {
  return mapKnown(nics, (list) =>
    Array.isArray(list) ? list.map((n: unknown) => lowerId(isRecord(n) ? n.id : n)) : list,
  );
}

const VM_FIELDS: FieldReaders = {
  vmSize: (p) => p.opt('hardwareProfile.vmSize'),
  osType: (p) => p.opt('storageProfile.osDisk.osType'),
  networkInterfaceIds: (p) => nicIds(p.req('networkProfile.networkInterfaces')),
  disks: (p) => disks(p.req('storageProfile')),
  osDiskId: (p) =>
    p.has('storageProfile')
      ? lowerId(p.opt('storageProfile.osDisk.managedDisk.id'))
      : p.absent('storageProfile'),
  encryptionAtHost: (p) => p.opt('securityProfile.encryptionAtHost'),
  securityType: (p) => p.opt('securityProfile.securityType'),
  secureBootEnabled: (p) => p.opt('securityProfile.uefiSettings.secureBootEnabled'),
  vTpmEnabled: (p) => p.opt('securityProfile.uefiSettings.vTpmEnabled'),
  passwordAuthenticationDisabled: (p) => p.opt('osProfile.linuxConfiguration.disablePasswordAuthentication'),
  powerState: (p) => p.opt('extended.instanceView.powerState.code'),
};

export const mapVirtualMachine: RowMapper = (row, source) => {
  const config = {
    identity: identityOf(row),
    ...configFromProperties(row, VM_MARKERS, VM_FIELDS),
  };
  return [{ type: 'azure.compute.virtual-machine', candidate: { ...baseFromRow(row, source), config } }];
};

const DISK_FIELDS: FieldReaders = {
  encryptionType: (p) => p.opt('encryption.type'),
  diskEncryptionSetId: (p) => lowerId(p.opt('encryption.diskEncryptionSetId')),
  networkAccessPolicy: (p) => p.opt('networkAccessPolicy'),
  publicNetworkAccess: (p) => p.opt('publicNetworkAccess'),
  diskState: (p) => p.opt('diskState'),
  // ARM returns encryptionSettingsCollection only for disks Azure Disk Encryption has touched.
  azureDiskEncryption: (p) =>
    mapKnown(p.opt('encryptionSettingsCollection.enabled', false), (v) => v === true),
  osType: (p) => p.opt('osType'),
  sizeGb: (p) => p.opt('diskSizeGB'),
};

export const mapDisk: RowMapper = (row, source) => {
  const config: Record<string, unknown> = {
    // ARG gives `managedBy: ""` for an unattached disk.
    managedBy: column(row, 'managedBy', (v) =>
      v === '' || v === null || v === undefined ? null : lowerId(v),
    ),
    ...configFromProperties(row, DISK_MARKERS, DISK_FIELDS),
  };
  const relations: Relation[] = [];
  if (typeof config.managedBy === 'string') relations.push({ kind: 'attached-to', target: config.managedBy });
  if (typeof config.diskEncryptionSetId === 'string')
    relations.push({ kind: 'encrypted-by', target: config.diskEncryptionSetId });
  return [{ type: 'azure.compute.disk', candidate: { ...baseFromRow(row, source), config, relations } }];
};
