/** Every Azure asset type. Add a new type's definition here. */
import { appInsightsComponent, activityLogAlert } from './monitor.js';
import { applicationGateway, wafPolicy } from './appgateway.js';
import { databricksWorkspace } from './databricks.js';
import { webApp } from './web.js';
import { roleAssignment, roleDefinition } from './authorization.js';
import { managedDisk, virtualMachine } from './compute.js';
import { keyVault } from './keyvault.js';
import {
  bastionHost,
  flowLog,
  networkSecurityGroup,
  networkWatcher,
  publicIpAddress,
  virtualNetwork,
} from './network.js';
import { sqlServer } from './sql.js';
import { storageAccount } from './storage.js';
import { azureSubscription } from './subscription.js';

export const azureAssetTypes = [
  azureSubscription,
  storageAccount,
  networkSecurityGroup,
  publicIpAddress,
  sqlServer,
  keyVault,
  virtualMachine,
  managedDisk,
  roleAssignment,
  roleDefinition,
  virtualNetwork,
  networkWatcher,
  flowLog,
  bastionHost,
  applicationGateway,
  wafPolicy,
  activityLogAlert,
  appInsightsComponent,
  webApp,
  databricksWorkspace,
] as const;
