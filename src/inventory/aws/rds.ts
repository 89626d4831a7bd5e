/**
 * RDS DB instances (exposure, encryption, backups, upgrades, logging), DB snapshots (sharing,
 * encryption), DB clusters and cluster snapshots, and event subscriptions. Amazon DocumentDB and Amazon
 * Neptune clusters are RDS-API clusters: `DescribeDBClusters` lists them beside Aurora and Multi-AZ DB
 * clusters, and AWS Config records them as AWS::RDS::DBCluster, so they are `aws.rds.db-cluster`
 * assets told apart by `engine` (`docdb`, `neptune`); see `clusterFamily`.
 */
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
    /** Enhanced Monitoring interval in seconds; 0 when Enhanced Monitoring is off. */
    monitoringInterval: maybe(z.number().int().nonnegative()),
    /** Log types published to CloudWatch Logs (`postgresql`, `audit`, `error`...); empty when none. */
    enabledCloudwatchLogsExports: maybe(z.array(z.string())),
    copyTagsToSnapshot: maybe(z.boolean()),
    /** The master (administrator) user name; null for engines without one (e.g. cluster members). */
    masterUsername: maybe(z.string().nullable()),
    /**
     * Whether the instance's DB parameter group makes clients use TLS: `rds.force_ssl` = 1 (PostgreSQL),
     * `require_secure_transport` = ON (MySQL, MariaDB); null for other engines. AWS Config does not
     * record parameter values; a live scan reads them with DescribeDBParameters.
     */
    requireTls: maybe(z.boolean().nullable()),
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

/** Which service a DB cluster belongs to, from its engine. */
export type ClusterFamily = 'aurora-mysql' | 'aurora-postgresql' | 'rds' | 'docdb' | 'neptune';

/**
 * `aurora` and `aurora-mysql` → `aurora-mysql`; `aurora-postgresql`; `docdb`; `neptune`; anything else
 * (`mysql`, `postgres`: Multi-AZ DB clusters) → `rds`.
 * @example clusterFamily('aurora') // 'aurora-mysql'
 */
export function clusterFamily(engine: string): ClusterFamily {
  const e = engine.toLowerCase();
  if (e === 'aurora' || e === 'aurora-mysql') return 'aurora-mysql';
  if (e === 'aurora-postgresql') return 'aurora-postgresql';
  if (e === 'docdb') return 'docdb';
  if (e === 'neptune') return 'neptune';
  return 'rds';
}

export const rdsDbCluster = defineAssetType({
  type: 'aws.rds.db-cluster',
  provider: 'aws',
  title: 'RDS DB cluster (Aurora, Multi-AZ, DocumentDB, Neptune)',
  config: z.object({
    dbClusterIdentifier: maybe(z.string()),
    /** `aurora-mysql`, `aurora-postgresql`, `mysql`, `postgres`, `docdb`, `neptune`. */
    engine: maybe(z.string()),
    engineVersion: maybe(z.string().nullable()),
    /** `provisioned`, `serverless`, `global`...; null when the source does not say. */
    engineMode: maybe(z.string().nullable()),
    status: maybe(z.string().nullable()),
    storageEncrypted: maybe(z.boolean()),
    kmsKeyId: maybe(z.string().nullable()),
    /** Days automated backups are kept (at least 1 for clusters). */
    backupRetentionPeriod: maybe(z.number().int()),
    deletionProtection: maybe(z.boolean()),
    iamDatabaseAuthenticationEnabled: maybe(z.boolean()),
    /** True when the cluster has instances (or a standby) in more than one Availability Zone. */
    multiAZ: maybe(z.boolean()),
    availabilityZones: maybe(z.array(z.string())),
    copyTagsToSnapshot: maybe(z.boolean()),
    /** Log types published to CloudWatch Logs (`audit`, `postgresql`, `profiler`...); empty when none. */
    enabledCloudwatchLogsExports: maybe(z.array(z.string())),
    masterUsername: maybe(z.string().nullable()),
    /** Aurora MySQL backtrack window in seconds; 0 or null when backtracking is off. */
    backtrackWindow: maybe(z.number().int().nullable()),
    /**
     * Automatic minor version upgrades of a Multi-AZ DB cluster; null where the cluster does not carry
     * the setting (Aurora, DocumentDB and Neptune set it on their instances).
     */
    autoMinorVersionUpgrade: maybe(z.boolean().nullable()),
    port: maybe(z.number().int().nullable()),
    vpcSecurityGroupIds: maybe(z.array(z.string())),
    /** DB instances in the cluster. */
    members: maybe(z.array(z.string())),
  }),
});

export const rdsDbClusterSnapshot = defineAssetType({
  type: 'aws.rds.db-cluster-snapshot',
  provider: 'aws',
  title: 'RDS DB cluster snapshot (Aurora, Multi-AZ, DocumentDB, Neptune)',
  config: z.object({
    snapshotIdentifier: maybe(z.string()),
    /** `manual`, `automated`, `shared`, `public`, `awsbackup`. */
    snapshotType: maybe(z.string().nullable()),
    engine: maybe(z.string()),
    storageEncrypted: maybe(z.boolean()),
    kmsKeyId: maybe(z.string().nullable()),
    sourceDbClusterIdentifier: maybe(z.string().nullable()),
    /** Values of the `restore` attribute: account ids it is shared with, and `all` when public. */
    restoreAttributeValues: maybe(z.array(z.string())),
    vpcId: maybe(z.string().nullable()),
  }),
});

export const rdsEventSubscription = defineAssetType({
  type: 'aws.rds.event-subscription',
  provider: 'aws',
  title: 'RDS event subscription',
  config: z.object({
    subscriptionId: maybe(z.string()),
    enabled: maybe(z.boolean()),
    /** `db-instance`, `db-cluster`, `db-parameter-group`, `db-security-group`, ...; null for all sources. */
    sourceType: maybe(z.string().nullable()),
    /** Event categories notified; empty means every category of the source type. */
    eventCategories: maybe(z.array(z.string())),
    /** Source identifiers the subscription is limited to; empty means every source of the type. */
    sourceIds: maybe(z.array(z.string())),
    snsTopicArn: maybe(z.string().nullable()),
  }),
});

export const rdsAssetTypes = [
  rdsDbInstance,
  rdsDbSnapshot,
  rdsDbCluster,
  rdsDbClusterSnapshot,
  rdsEventSubscription,
] as const;

/** Master user names RDS consoles and tools propose by default (compared without case). */
const DEFAULT_ADMIN_USERNAMES = new Set(['admin', 'postgres']);

/** True for a default administrator user name (`admin`, `postgres`). */
export function isDefaultAdminUsername(user: string): boolean {
  return DEFAULT_ADMIN_USERNAMES.has(user.toLowerCase());
}

/**
 * The port an engine listens on unless told otherwise; undefined for engines without a known default.
 * @example defaultEnginePort('aurora-postgresql') // 5432
 */
export function defaultEnginePort(engine: string): number | undefined {
  const e = engine.toLowerCase();
  if (e === 'mysql' || e === 'mariadb' || e === 'aurora' || e === 'aurora-mysql') return 3306;
  if (e === 'postgres' || e === 'aurora-postgresql') return 5432;
  if (e.startsWith('oracle-')) return 1521;
  if (e.startsWith('sqlserver-')) return 1433;
  if (e.startsWith('db2-')) return 50000;
  return undefined;
}

/**
 * The log types an RDS instance of this engine is expected to publish to CloudWatch Logs (the list AWS
 * gives for FSBP RDS.9); undefined for engines it does not cover.
 */
export function expectedInstanceLogs(engine: string): readonly string[] | undefined {
  const e = engine.toLowerCase();
  if (e === 'postgres') return ['postgresql', 'upgrade'];
  if (e === 'mysql' || e === 'mariadb') return ['audit', 'error', 'general', 'slowquery'];
  if (e.startsWith('oracle-')) return ['alert', 'audit', 'trace', 'listener'];
  if (e.startsWith('sqlserver-')) return ['error', 'agent'];
  return undefined;
}

/**
 * The parameter that makes an engine refuse unencrypted connections; undefined for engines without one
 * (or that are judged elsewhere).
 * @example tlsParameterOf('postgres') // 'rds.force_ssl'
 */
export function tlsParameterOf(engine: string): string | undefined {
  const e = engine.toLowerCase();
  if (e === 'postgres') return 'rds.force_ssl';
  if (e === 'mysql' || e === 'mariadb') return 'require_secure_transport';
  return undefined;
}

/** True when a parameter value turns the TLS requirement on (`1`, `ON`, `true`). */
export function isOnValue(value: string): boolean {
  return ['1', 'on', 'true'].includes(value.trim().toLowerCase());
}
