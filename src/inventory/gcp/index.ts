/** Every GCP asset type. Add a new type's definition here. */
import { gcpApiKey } from './apikeys.js';
import { gcpBigqueryDataset, gcpBigqueryTable } from './bigquery.js';
import {
  gcpBackendService,
  gcpComputeProject,
  gcpDisk,
  gcpInstance,
  gcpFirewall,
  gcpNetwork,
  gcpSubnetwork,
} from './compute.js';
import { gcpContainerCluster } from './container.js';
import { gcpDataprocCluster } from './dataproc.js';
import { gcpDnsManagedZone, gcpDnsPolicy } from './dns.js';
import { gcpServiceAccount, gcpServiceAccountKey } from './iam.js';
import { gcpKmsCryptoKey } from './kms.js';
import { gcpLogSink, gcpService } from './logging.js';
import { gcpAlertPolicy, gcpEssentialContact, gcpLogMetric } from './monitoring.js';
import { gcpFolder, gcpOrganization, gcpProject } from './resourcemanager.js';
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
  gcpDnsManagedZone,
  gcpKmsCryptoKey,
  gcpBigqueryDataset,
  gcpBigqueryTable,
  gcpDisk,
  gcpComputeProject,
  gcpDataprocCluster,
  gcpApiKey,
  gcpFolder,
  gcpOrganization,
  gcpLogSink,
  gcpService,
  gcpBackendService,
  gcpLogMetric,
  gcpAlertPolicy,
  gcpEssentialContact,
] as const;
