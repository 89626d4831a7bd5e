/** Azure SQL logical servers: network exposure, TLS floor and Entra (Azure AD) authentication. */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

export const sqlEntraAdminSchema = z.object({
  login: z.string(),
  /** Object id of the admin principal. */
  sid: z.string().nullable(),
  /** `User`, `Group` or `Application`. */
  principalType: z.string().nullable(),
  tenantId: z.string().nullable(),
});

export const sqlServer = defineAssetType({
  type: 'azure.sql.server',
  provider: 'azure',
  title: 'Azure SQL server',
  config: z.object({
    /** `Enabled`, `Disabled` or `SecuredByPerimeter`; null when not set (public access is then allowed). */
    publicNetworkAccess: maybe(z.string().nullable()),
    /** `1.0`, `1.1`, `1.2`, `1.3` or `None`; null when not set (no minimum is enforced). */
    minimalTlsVersion: maybe(z.string().nullable()),
    /** The SQL authentication admin login; null when the server has none. */
    administratorLogin: maybe(z.string().nullable()),
    /** The Entra (Azure AD) admin; null when none is configured. */
    entraAdmin: maybe(sqlEntraAdminSchema.nullable()),
    /** Only Entra authentication is accepted (SQL logins refused); null when no Entra admin is set. */
    entraOnlyAuthentication: maybe(z.boolean().nullable()),
    /** Server version, e.g. `12.0`. */
    version: maybe(z.string().nullable()),
    /** Server-level firewall rules (IPv4 ranges). `0.0.0.0`–`0.0.0.0` is "allow Azure services". */
    firewallRules: maybe(z.array(z.object({ name: z.string(), start: z.string(), end: z.string() }))),
    /** Server auditing; retentionDays 0 means kept forever (or in Log Analytics). */
    auditing: maybe(z.object({ enabled: z.boolean(), retentionDays: z.number().nullable() })),
    /** User databases with their transparent data encryption state (`Enabled`/`Disabled`). */
    databases: maybe(z.array(z.object({ name: z.string(), tdeState: z.string().nullable() }))),
  }),
});
