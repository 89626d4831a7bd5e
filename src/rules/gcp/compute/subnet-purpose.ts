/**
 * Which subnetworks hold VMs (and so are judged on flow logs and Private Google Access): ordinary
 * `PRIVATE` subnets (older records report no purpose), not proxy-only or Private Service Connect ones.
 * Not a rule itself (no `rule` export).
 */
const WORKLOAD_PURPOSES = new Set(['PRIVATE', 'PRIVATE_RFC_1918']);

/** True for subnetworks whose purpose places VMs in them. */
export function carriesWorkloads(purpose: string | null): boolean {
  return purpose === null || WORKLOAD_PURPOSES.has(purpose);
}
