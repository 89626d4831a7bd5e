/**
 * compute.googleapis.com Disk → gcp.compute.disk (CSEK/CMEK, attached instances) and
 * compute.googleapis.com/Project → gcp.compute.project (project-wide metadata: OS Login, serial port).
 */
import { gcpComputeProject, gcpDisk } from '../../../../inventory/gcp/compute.js';
import { isRecord } from '../../json-file.js';
import { metadataItems, ref } from './compute.js';
import { metadataFlag, obj, strings, text } from './fields.js';
import { mapperFields, type CaiMapper } from './types.js';

export const diskMapper: CaiMapper = {
  ...mapperFields(gcpDisk),
  fromData(data, { ctx, project }) {
    const key = data.diskEncryptionKey;
    const users = strings(data.users).map((u) => ref(u, project, 'instances', ctx.projects) ?? u);
    return {
      config: {
        // The API returns only the SHA-256 of a customer-supplied key, never the key itself.
        customerSuppliedKey: isRecord(key) && typeof key.sha256 === 'string' && key.sha256 !== '',
        kmsKeyName: text(obj(key).kmsKeyName),
        users,
      },
      relations: users.map((target) => ({ kind: 'attached-to', target })),
    };
  },
};

export const computeProjectMapper: CaiMapper = {
  ...mapperFields(gcpComputeProject),
  fromData(data) {
    const metadata = metadataItems(data.commonInstanceMetadata);
    return {
      config: {
        osLoginEnabled: metadataFlag(metadata.get('enable-oslogin')),
        serialPortEnabled: metadataFlag(metadata.get('serial-port-enable')),
      },
    };
  },
};
