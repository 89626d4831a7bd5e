/** Cloud SQL instances: network exposure (public IP, authorized networks), TLS, backups, database flags. */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

export const gcpSqlInstance = defineAssetType({
  type: 'gcp.sql.instance',
  provider: 'gcp',
  title: 'Cloud SQL instance',
  config: z.object({
    /** `MYSQL_8_0`, `POSTGRES_15`, `SQLSERVER_2019_STANDARD`, ... */
    databaseVersion: maybe(z.string()),
    /** `CLOUD_SQL_INSTANCE`, `READ_REPLICA_INSTANCE`, `ON_PREMISES_INSTANCE`. */
    instanceType: maybe(z.string()),
    /** `RUNNABLE`, `SUSPENDED`, `STOPPED`, ... */
    state: maybe(z.string()),
    /** The instance has a public IPv4 address. */
    ipv4Enabled: maybe(z.boolean()),
    /** Uid of the VPC network for private IP; null when the instance has no private IP. */
    privateNetwork: maybe(z.string().nullable()),
    /** Networks allowed to connect to the public IP. */
    authorizedNetworks: maybe(z.array(z.object({ value: z.string(), name: z.string().nullable() }))),
    /** Legacy TLS switch; `sslMode` supersedes it when set. */
    requireSsl: maybe(z.boolean()),
    /** `ALLOW_UNENCRYPTED_AND_ENCRYPTED`, `ENCRYPTED_ONLY`, `TRUSTED_CLIENT_CERTIFICATE_REQUIRED`; null when not set. */
    sslMode: maybe(z.string().nullable()),
    backupEnabled: maybe(z.boolean()),
    pointInTimeRecoveryEnabled: maybe(z.boolean()),
    /** Database flags as set on the instance (`name`/`value`). */
    databaseFlags: maybe(z.array(z.object({ name: z.string(), value: z.string() }))),
  }),
});
