/**
 * CAI asset type → mapper. Each service's mappers live in their own file; add them here. A Map, not an
 * object, so an asset type read from a file (`__proto__`, `constructor`) can never find a prototype member.
 */
import { firewallMapper, instanceMapper, networkMapper, subnetworkMapper } from './compute.js';
import { clusterMapper } from './container.js';
import { dnsPolicyMapper } from './dns.js';
import { serviceAccountKeyMapper, serviceAccountMapper } from './iam.js';
import { projectMapper } from './resourcemanager.js';
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
]);
