/**
 * Shared instance checks: VMs that GKE creates and manages (judged through their cluster and node pool,
 * as CIS excludes them from the VM controls), and the default compute service account. Not a rule
 * itself (no `rule` export).
 */
import { isDefaultComputeServiceAccount } from '../../../inventory/gcp/iam-policy.js';
import type { AssetOf } from '../../../inventory/types.js';

/** Reason given when a rule skips a GKE node. */
export const GKE_NODE = 'GKE node: managed through its cluster and node pool';

/** True for VMs GKE created for a node pool (they carry the `goog-gke-node` label). */
export function isGkeNode(vm: AssetOf<'gcp.compute.instance'>): boolean {
  return Object.hasOwn(vm.tags, 'goog-gke-node');
}

/** The service accounts of a VM that are its project's default compute service account. */
export function defaultAccountsOf<T extends { email: string }>(accounts: readonly T[]): T[] {
  return accounts.filter((sa) => isDefaultComputeServiceAccount(sa.email));
}
