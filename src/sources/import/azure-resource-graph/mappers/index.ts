/** Resource Graph row type (lower case) → mapper. Add a new type's mapper here. */
import { mapRoleAssignment } from './authorization.js';
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
]);
