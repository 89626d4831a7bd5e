/** Azure Databricks workspaces: network isolation. */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

export const databricksWorkspace = defineAssetType({
  type: 'azure.databricks.workspace',
  provider: 'azure',
  title: 'Databricks workspace',
  config: z.object({
    /** The customer VNet the workspace is injected into (lower-case id); null when Databricks manages it. */
    customVirtualNetworkId: maybe(z.string().nullable()),
    /** Secure cluster connectivity (no public IPs on cluster nodes); null when not set (off). */
    noPublicIp: maybe(z.boolean().nullable()),
    /** `Enabled` or `Disabled`; null when not set (enabled). */
    publicNetworkAccess: maybe(z.string().nullable()),
    privateEndpointConnections: maybe(z.number()),
  }),
});
