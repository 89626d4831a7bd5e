/** BigQuery datasets (access entries, default CMEK) and tables (CMEK). */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

/** One dataset access entry; `member` is `allUsers`, `allAuthenticatedUsers`, `user:x`, `group:x`, `domain:x`, `specialGroup:projectOwners`, ... */
export const datasetAccessSchema = z.object({
  role: z.string().nullable(),
  member: z.string(),
});

export const gcpBigqueryDataset = defineAssetType({
  type: 'gcp.bigquery.dataset',
  provider: 'gcp',
  title: 'BigQuery dataset',
  config: z.object({
    /** The dataset's access list (the legacy form of its IAM policy). */
    access: maybe(z.array(datasetAccessSchema)),
    /** Default Cloud KMS key for new tables; null when Google-managed encryption is the default. */
    defaultKmsKeyName: maybe(z.string().nullable()),
  }),
});

export const gcpBigqueryTable = defineAssetType({
  type: 'gcp.bigquery.table',
  provider: 'gcp',
  title: 'BigQuery table',
  config: z.object({
    /** `TABLE`, `VIEW`, `MATERIALIZED_VIEW`, `EXTERNAL`, `SNAPSHOT`. */
    tableType: maybe(z.string()),
    /** Cloud KMS key protecting the table; null when Google-managed encryption is used. */
    kmsKeyName: maybe(z.string().nullable()),
  }),
});
