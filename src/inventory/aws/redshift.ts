/** Redshift provisioned clusters: exposure, routing, encryption, logging, snapshots, defaults. */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

export const redshiftCluster = defineAssetType({
  type: 'aws.redshift.cluster',
  provider: 'aws',
  title: 'Redshift cluster',
  config: z.object({
    clusterIdentifier: z.string(),
    publiclyAccessible: maybe(z.boolean()),
    enhancedVpcRouting: maybe(z.boolean()),
    encrypted: maybe(z.boolean()),
    /** KMS key encrypting the cluster; null when unencrypted or AWS does not name one. */
    kmsKeyId: maybe(z.string().nullable()),
    /** The admin user created with the cluster (`awsuser` is the console's default). */
    masterUsername: maybe(z.string()),
    /** The database created with the cluster (`dev` is the default). */
    dbName: maybe(z.string()),
    /** Major version upgrades are applied in the maintenance window. */
    allowVersionUpgrade: maybe(z.boolean()),
    /** Days automated snapshots are kept; 0 means they are off. */
    automatedSnapshotRetentionPeriod: maybe(z.number().int()),
    /** Audit logging (connection and user logs) is on. */
    auditLoggingEnabled: maybe(z.boolean()),
    /**
     * `require_ssl` is true in the cluster's parameter group, so clients must connect over TLS (AWS
     * Config does not record parameter values).
     */
    requireSsl: maybe(z.boolean()),
    vpcId: maybe(z.string().nullable()),
    vpcSecurityGroupIds: maybe(z.array(z.string())),
  }),
});

export const redshiftAssetTypes = [redshiftCluster] as const;
