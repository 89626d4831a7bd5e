/** DMS replication instances: exposure, minor version upgrades, availability. */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

export const dmsReplicationInstance = defineAssetType({
  type: 'aws.dms.replication-instance',
  provider: 'aws',
  title: 'DMS replication instance',
  config: z.object({
    replicationInstanceIdentifier: z.string(),
    publiclyAccessible: maybe(z.boolean()),
    autoMinorVersionUpgrade: maybe(z.boolean()),
    multiAZ: maybe(z.boolean()),
    kmsKeyId: maybe(z.string().nullable()),
  }),
});

export const dmsAssetTypes = [dmsReplicationInstance] as const;
