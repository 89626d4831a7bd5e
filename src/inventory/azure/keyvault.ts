/** Azure Key Vaults: deletion protection, authorisation model and network exposure. */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';
import { diagnosticSettingSchema } from './monitor.js';

export const vaultItemSchema = z.object({
  name: z.string(),
  enabled: z.boolean(),
  /** Expiry (ISO time); null when the item never expires. */
  expires: z.string().nullable(),
  /** Keys only: a rotation policy with an automatic Rotate action. */
  autoRotate: z.boolean(),
});

export const keyVault = defineAssetType({
  type: 'azure.keyvault.vault',
  provider: 'azure',
  title: 'Key vault',
  config: z.object({
    /** null when not recorded (vaults created since 2020 always have it on). */
    softDeleteEnabled: maybe(z.boolean().nullable()),
    softDeleteRetentionDays: maybe(z.number().nullable()),
    /** null when not set: purge protection is off (it cannot be turned off once on). */
    purgeProtectionEnabled: maybe(z.boolean().nullable()),
    /** Azure RBAC instead of access policies; null when not set (access policies are used). */
    rbacAuthorization: maybe(z.boolean().nullable()),
    /** `Enabled` or `Disabled`; null when not set (public access is then allowed). */
    publicNetworkAccess: maybe(z.string().nullable()),
    /** The vault firewall; null when the vault has none (every network is allowed). */
    networkAcls: maybe(
      z
        .object({
          defaultAction: z.enum(['Allow', 'Deny']),
          bypass: z.string().nullable(),
          ipRules: z.array(z.string()),
          virtualNetworkRules: z.array(z.string()),
        })
        .nullable(),
    ),
    /** Approved private endpoint connections. */
    privateEndpointConnections: maybe(z.number()),
    /** Keys (metadata from the management API). */
    keys: maybe(z.array(vaultItemSchema)),
    /** Secrets (attributes only; never values). */
    secrets: maybe(z.array(vaultItemSchema)),
    /** Diagnostic settings on the vault (where its audit logs go). */
    diagnosticSettings: maybe(z.array(diagnosticSettingSchema)),
  }),
});
