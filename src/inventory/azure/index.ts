/** Every Azure asset type. Add a new type's definition here. */
import { roleAssignment } from './authorization.js';
import { managedDisk, virtualMachine } from './compute.js';
import { keyVault } from './keyvault.js';
import { networkSecurityGroup, publicIpAddress } from './network.js';
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
] as const;
