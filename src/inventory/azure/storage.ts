/**
 * Azure storage accounts: transport security, anonymous blob access, network exposure, key-based
 * authorisation and encryption. Where ARM documents an absent property as a state of its own
 * ("not set"), the field is `null` and its JSDoc says what the service does then.
 */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

export const storageNetworkAclsSchema = z.object({
  /** What happens to traffic no rule matches. */
  defaultAction: z.enum(['Allow', 'Deny']),
  /** Trusted services let through, e.g. `AzureServices` or `Logging, Metrics`; null when none. */
  bypass: z.string().nullable(),
  /** Allowed public IP addresses / CIDRs. */
  ipRules: z.array(z.string()),
  /** Allowed subnet ids (lower-case ARM ids). */
  virtualNetworkRules: z.array(z.string()),
});

export const retentionSchema = z.object({ enabled: z.boolean(), days: z.number().nullable() });

export const storageAccount = defineAssetType({
  type: 'azure.storage.account',
  provider: 'azure',
  title: 'Storage account',
  config: z.object({
    /** `StorageV2`, `BlobStorage`, `FileStorage`, `BlockBlobStorage`, `Storage`. */
    kind: maybe(z.string().nullable()),
    /** `supportsHttpsTrafficOnly`: plain HTTP requests are refused. */
    httpsOnly: maybe(z.boolean()),
    /** `TLS1_0`, `TLS1_1`, `TLS1_2`, `TLS1_3`; null when not set (the service then accepts TLS 1.0). */
    minimumTlsVersion: maybe(z.string().nullable()),
    /**
     * Whether containers may be made anonymously readable; null when not set (accounts created before
     * the 2023 default change then permit anonymous access).
     */
    allowBlobPublicAccess: maybe(z.boolean().nullable()),
    /** `Enabled`, `Disabled` or `SecuredByPerimeter`; null when not set (network ACLs decide). */
    publicNetworkAccess: maybe(z.string().nullable()),
    /** The storage firewall; null when the account has none (every network is allowed). */
    networkAcls: maybe(storageNetworkAclsSchema.nullable()),
    /** Shared Key (account key and SAS) authorisation; null when not set, which the service treats as true. */
    allowSharedKeyAccess: maybe(z.boolean().nullable()),
    /** A second layer of platform-key encryption; null when not set at creation (off). */
    infrastructureEncryption: maybe(z.boolean().nullable()),
    /** `Microsoft.Storage` (platform-managed key) or `Microsoft.Keyvault` (customer-managed key). */
    encryptionKeySource: maybe(z.string()),
    /** Blob soft delete (from the blob service properties); null when off. */
    blobSoftDelete: maybe(retentionSchema.nullable()),
    /** Container soft delete (blob service properties); null when not set (off). */
    containerSoftDelete: maybe(retentionSchema.nullable()),
    /** Blob versioning (blob service properties); false when not set. */
    blobVersioning: maybe(z.boolean()),
    /** File share soft delete (file service properties); null when not set. */
    fileShareSoftDelete: maybe(retentionSchema.nullable()),
    /** SMB protocol versions allowed, e.g. `SMB3.1.1`; null when not set (every version is allowed). */
    smbVersions: maybe(z.array(z.string()).nullable()),
    /** SMB channel encryption allowed, e.g. `AES-256-GCM`; null when not set (every algorithm is allowed). */
    smbChannelEncryption: maybe(z.array(z.string()).nullable()),
    /** Object replication to other tenants; null when not set (accounts created before 2024 then allow it). */
    allowCrossTenantReplication: maybe(z.boolean().nullable()),
    /** Approved private endpoint connections. */
    privateEndpointConnections: maybe(z.number()),
    /** The portal uses Entra authorisation for data by default; null when not set (off). */
    defaultToOAuthAuthentication: maybe(z.boolean().nullable()),
    /** Key expiration period (the key policy behind rotation reminders); null when none. */
    keyExpirationPeriodInDays: maybe(z.number().nullable()),
    /** When each access key was last (re)generated (ISO); null when the account does not say. */
    keyCreationTime: maybe(z.object({ key1: z.string().nullable(), key2: z.string().nullable() }).nullable()),
    /** Replication SKU, e.g. `Standard_GRS`, `Standard_LRS`. */
    skuName: maybe(z.string().nullable()),
  }),
});
