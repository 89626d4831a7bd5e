/** Dataproc clusters: customer-managed encryption of their persistent disks. */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

export const gcpDataprocCluster = defineAssetType({
  type: 'gcp.dataproc.cluster',
  provider: 'gcp',
  title: 'Dataproc cluster',
  config: z.object({
    /** Cloud KMS key for the cluster's persistent disks (`encryptionConfig.gcePdKmsKeyName`); null when none. */
    kmsKeyName: maybe(z.string().nullable()),
  }),
});
