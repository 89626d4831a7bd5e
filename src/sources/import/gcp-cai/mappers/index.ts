/**
 * CAI asset type → mapper. Each service's mappers live in their own file; add them here. A Map, not an
 * object, so an asset type read from a file (`__proto__`, `constructor`) can never find a prototype member.
 */
import { firewallMapper, instanceMapper, networkMapper, subnetworkMapper } from './compute.js';
import { apiKeyMapper } from './apikeys.js';
import { datasetMapper, tableMapper } from './bigquery.js';
import { computeProjectMapper, diskMapper } from './compute-extra.js';
import { clusterMapper } from './container.js';
import { dataprocClusterMapper } from './dataproc.js';
import { dnsPolicyMapper, managedZoneMapper } from './dns.js';
import { serviceAccountKeyMapper, serviceAccountMapper } from './iam.js';
import { cryptoKeyMapper } from './kms.js';
import { backendServiceMapper, logSinkMapper, serviceMapper } from './logging.js';
import { alertPolicyMapper, essentialContactMapper, logMetricMapper } from './monitoring.js';
import { folderMapper, organizationMapper, projectMapper } from './resourcemanager.js';
import { sqlInstanceMapper } from './sql.js';
import { bucketMapper } from './storage.js';
import type { CaiMapper } from './types.js';

export const CAI_MAPPERS: ReadonlyMap<string, CaiMapper> = new Map([
  ['cloudresourcemanager.googleapis.com/Project', projectMapper],
  ['storage.googleapis.com/Bucket', bucketMapper],
  ['compute.googleapis.com/Firewall', firewallMapper],
  ['compute.googleapis.com/Network', networkMapper],
  ['compute.googleapis.com/Subnetwork', subnetworkMapper],
  ['compute.googleapis.com/Instance', instanceMapper],
  ['sqladmin.googleapis.com/Instance', sqlInstanceMapper],
  ['iam.googleapis.com/ServiceAccount', serviceAccountMapper],
  ['iam.googleapis.com/ServiceAccountKey', serviceAccountKeyMapper],
  ['container.googleapis.com/Cluster', clusterMapper],
  ['dns.googleapis.com/Policy', dnsPolicyMapper],
  ['dns.googleapis.com/ManagedZone', managedZoneMapper],
  ['cloudkms.googleapis.com/CryptoKey', cryptoKeyMapper],
  ['bigquery.googleapis.com/Dataset', datasetMapper],
  ['bigquery.googleapis.com/Table', tableMapper],
  ['compute.googleapis.com/Disk', diskMapper],
  ['compute.googleapis.com/Project', computeProjectMapper],
  ['dataproc.googleapis.com/Cluster', dataprocClusterMapper],
  ['apikeys.googleapis.com/Key', apiKeyMapper],
  ['cloudresourcemanager.googleapis.com/Folder', folderMapper],
  ['cloudresourcemanager.googleapis.com/Organization', organizationMapper],
  ['logging.googleapis.com/LogSink', logSinkMapper],
  ['serviceusage.googleapis.com/Service', serviceMapper],
  ['compute.googleapis.com/BackendService', backendServiceMapper],
  ['logging.googleapis.com/LogMetric', logMetricMapper],
  ['monitoring.googleapis.com/AlertPolicy', alertPolicyMapper],
  ['essentialcontacts.googleapis.com/Contact', essentialContactMapper],
]);
