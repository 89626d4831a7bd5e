/** Resource Graph row type (lower case) → mapper. Add a new type's mapper here. */
import { mapApplicationGateway, mapWafPolicy } from './appgateway.js';
import { mapRoleAssignment, mapRoleDefinition } from './authorization.js';
import { mapDatabricksWorkspace } from './databricks.js';
import { mapActivityLogAlert, mapAppInsights } from './monitor.js';
import { mapBastionHost, mapFlowLog, mapNetworkWatcher, mapVirtualNetwork } from './network-extra.js';
import { mapWebApp } from './web.js';
import { mapDisk, mapVirtualMachine } from './compute.js';
import { mapKeyVault } from './keyvault.js';
import { mapNetworkSecurityGroup, mapPublicIp } from './network.js';
import { mapSqlServer } from './sql.js';
import { mapStorageAccount } from './storage.js';
import { mapSubscription } from './subscription.js';
import type { RowMapper } from './types.js';

export const ARG_MAPPERS: ReadonlyMap<string, RowMapper> = new Map([
  ['microsoft.resources/subscriptions', mapSubscription],
  ['microsoft.storage/storageaccounts', mapStorageAccount],
  ['microsoft.network/networksecuritygroups', mapNetworkSecurityGroup],
  ['microsoft.network/publicipaddresses', mapPublicIp],
  ['microsoft.sql/servers', mapSqlServer],
  ['microsoft.keyvault/vaults', mapKeyVault],
  ['microsoft.compute/virtualmachines', mapVirtualMachine],
  ['microsoft.compute/disks', mapDisk],
  ['microsoft.authorization/roleassignments', mapRoleAssignment],
  ['microsoft.authorization/roledefinitions', mapRoleDefinition],
  ['microsoft.network/virtualnetworks', mapVirtualNetwork],
  ['microsoft.network/networkwatchers', mapNetworkWatcher],
  ['microsoft.network/networkwatchers/flowlogs', mapFlowLog],
  ['microsoft.network/bastionhosts', mapBastionHost],
  ['microsoft.network/applicationgateways', mapApplicationGateway],
  ['microsoft.network/applicationgatewaywebapplicationfirewallpolicies', mapWafPolicy],
  ['microsoft.insights/activitylogalerts', mapActivityLogAlert],
  ['microsoft.insights/components', mapAppInsights],
  ['microsoft.web/sites', mapWebApp],
  ['microsoft.databricks/workspaces', mapDatabricksWorkspace],
]);
