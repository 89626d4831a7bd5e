/** Every GCP asset type. Add a new type's definition here. */
import { gcpInstance, gcpFirewall, gcpNetwork, gcpSubnetwork } from './compute.js';
import { gcpContainerCluster } from './container.js';
import { gcpDnsPolicy } from './dns.js';
import { gcpServiceAccount, gcpServiceAccountKey } from './iam.js';
import { gcpProject } from './resourcemanager.js';
import { gcpSqlInstance } from './sql.js';
import { gcpStorageBucket } from './storage.js';

export const gcpAssetTypes = [
  gcpProject,
  gcpStorageBucket,
  gcpFirewall,
  gcpNetwork,
  gcpSubnetwork,
  gcpInstance,
  gcpSqlInstance,
  gcpServiceAccount,
  gcpServiceAccountKey,
  gcpContainerCluster,
  gcpDnsPolicy,
] as const;
