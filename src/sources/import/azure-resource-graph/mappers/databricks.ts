/** microsoft.databricks/workspaces: VNet injection, secure cluster connectivity, public access. */
import {
  approvedConnections,
  baseFromRow,
  configFromProperties,
  lowerId,
  mapKnown,
  type FieldReaders,
  type RowMapper,
} from './types.js';

const FIELDS: FieldReaders = {
  customVirtualNetworkId: (p) => mapKnown(p.opt('parameters.customVirtualNetworkId.value'), lowerId),
  noPublicIp: (p) => p.opt('parameters.enableNoPublicIp.value'),
  publicNetworkAccess: (p) => p.opt('publicNetworkAccess'),
  privateEndpointConnections: (p) =>
    mapKnown(p.opt('privateEndpointConnections', []), (v) => approvedConnections(v)),
};

export const mapDatabricksWorkspace: RowMapper = (row, source) => [
  {
    type: 'azure.databricks.workspace',
    candidate: {
      ...baseFromRow(row, source),
      config: configFromProperties(
        row,
        ['provisioningState', 'workspaceId', 'managedResourceGroupId'],
        FIELDS,
      ),
    },
  },
];
