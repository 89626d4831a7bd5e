/** RDS DB instances (exposure, encryption, backups, upgrades) and DB snapshots (sharing, encryption). */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

export const rdsDbInstance = defineAssetType({
  type: 'aws.rds.db-instance',
  provider: 'aws',
  title: 'RDS DB instance',
  config: z.object({
    dbInstanceIdentifier: maybe(z.string()),
    /** `postgres`, `mysql`, `aurora-postgresql`, `sqlserver-ee`, ... */
    engine: maybe(z.string()),
    engineVersion: maybe(z.string().nullable()),
    instanceClass: maybe(z.string().nullable()),
    /** `available`, `stopped`, ... */
    status: maybe(z.string().nullable()),
    publiclyAccessible: maybe(z.boolean()),
    storageEncrypted: maybe(z.boolean()),
    /** KMS key encrypting the storage; null when unencrypted. */
    kmsKeyId: maybe(z.string().nullable()),
    /** Days automated backups are kept; 0 means automated backups are off. */
    backupRetentionPeriod: maybe(z.number().int()),
    autoMinorVersionUpgrade: maybe(z.boolean()),
    /** The port the database listens on; null when the source does not say. */
    port: maybe(z.number().int().nullable()),
    vpcSecurityGroupIds: maybe(z.array(z.string())),
    vpcId: maybe(z.string().nullable()),
    multiAZ: maybe(z.boolean()),
    deletionProtection: maybe(z.boolean()),
    iamDatabaseAuthenticationEnabled: maybe(z.boolean()),
    /** The Aurora / Multi-AZ DB cluster the instance belongs to; null for a standalone instance. */
    clusterIdentifier: maybe(z.string().nullable()),
  }),
});

export const rdsDbSnapshot = defineAssetType({
  type: 'aws.rds.db-snapshot',
  provider: 'aws',
  title: 'RDS DB snapshot',
  config: z.object({
    snapshotIdentifier: maybe(z.string()),
    /** `manual`, `automated`, `shared`, `public`, `awsbackup`. */
    snapshotType: maybe(z.string().nullable()),
    encrypted: maybe(z.boolean()),
    kmsKeyId: maybe(z.string().nullable()),
    engine: maybe(z.string()),
    /** The DB instance the snapshot was taken from. */
    sourceDbInstanceIdentifier: maybe(z.string().nullable()),
    /**
     * Values of the snapshot's `restore` attribute: the account ids allowed to copy or restore it, and
     * `all` when it is public.
     */
    restoreAttributeValues: maybe(z.array(z.string())),
    vpcId: maybe(z.string().nullable()),
  }),
});

export const rdsAssetTypes = [rdsDbInstance, rdsDbSnapshot] as const;
