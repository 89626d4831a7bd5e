/**
 * bigquery.googleapis.com Dataset and Table → gcp.bigquery.dataset / gcp.bigquery.table. A dataset's
 * access entries (`iamMember`, `specialGroup`, `userByEmail`, `groupByEmail`, `domain`, authorised
 * views) become IAM-style members, so `allUsers` and `allAuthenticatedUsers` read the same everywhere.
 */
import { gcpBigqueryDataset, gcpBigqueryTable } from '../../../../inventory/gcp/bigquery.js';
import { isRecord, str } from '../../json-file.js';
import { mapList, obj, text } from './fields.js';
import { mapperFields, type CaiMapper } from './types.js';

/** The member an access entry grants to; the raw entry when it names none Parapet knows. */
function accessMember(e: Record<string, unknown>): unknown {
  const special = str(e.specialGroup);
  if (special === 'allAuthenticatedUsers') return 'allAuthenticatedUsers';
  if (str(e.iamMember) !== undefined) return str(e.iamMember);
  if (special !== undefined) return `specialGroup:${special}`;
  if (str(e.userByEmail) !== undefined) return `user:${str(e.userByEmail)}`;
  if (str(e.groupByEmail) !== undefined) return `group:${str(e.groupByEmail)}`;
  if (str(e.domain) !== undefined) return `domain:${str(e.domain)}`;
  for (const k of ['view', 'routine', 'dataset']) if (isRecord(e[k])) return `${k}:${JSON.stringify(e[k])}`;
  return e;
}

export const datasetMapper: CaiMapper = {
  ...mapperFields(gcpBigqueryDataset),
  fromData(data) {
    return {
      config: {
        access: mapList(data.access, (e) => ({ role: text(e.role), member: accessMember(e) })),
        defaultKmsKeyName: text(obj(data.defaultEncryptionConfiguration).kmsKeyName),
      },
      name: str(obj(data.datasetReference).datasetId),
    };
  },
};

export const tableMapper: CaiMapper = {
  ...mapperFields(gcpBigqueryTable),
  fromData(data) {
    const ref = obj(data.tableReference);
    const dataset = str(ref.datasetId);
    const table = str(ref.tableId);
    return {
      config: {
        tableType: data.type ?? 'TABLE',
        kmsKeyName: text(obj(data.encryptionConfiguration).kmsKeyName),
      },
      ...(dataset !== undefined && table !== undefined ? { name: `${dataset}.${table}` } : {}),
    };
  },
};
