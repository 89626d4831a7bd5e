/** DMS replication instances (exposure, upgrades, availability), endpoints (SSL) and replication tasks (logging). */
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

export const dmsEndpoint = defineAssetType({
  type: 'aws.dms.endpoint',
  provider: 'aws',
  title: 'DMS endpoint',
  config: z.object({
    /** `source` or `target`. */
    endpointType: maybe(z.string()),
    /** `mysql`, `postgres`, `s3`, `dynamodb`, ... */
    engineName: maybe(z.string()),
    /** `none`, `require`, `verify-ca` or `verify-full`. */
    sslMode: maybe(z.string()),
  }),
});

export const dmsReplicationTask = defineAssetType({
  type: 'aws.dms.replication-task',
  provider: 'aws',
  title: 'DMS replication task',
  config: z.object({
    /** `Logging.EnableLogging` of the task settings. */
    loggingEnabled: maybe(z.boolean()),
    /** `Logging.LogComponents`: component id (`SOURCE_CAPTURE`, `TARGET_APPLY`, ...) → severity. */
    logComponents: maybe(z.record(z.string(), z.string())),
  }),
});

export const dmsAssetTypes = [dmsReplicationInstance, dmsEndpoint, dmsReplicationTask] as const;
