/**
 * Privilege in the graph: which principals are admin-equivalent (AWS roles with AdministratorAccess or
 * an allow-everything policy; Azure principals holding Owner/Contributor/User Access Administrator at
 * subscription scope or above; GCP members with owner/editor/admin roles on the project), which compute
 * runs as them (instance profile, managed identity, service account), and which AWS roles other
 * accounts may assume without an external id.
 */
import type { AnyAsset } from '../../model/asset.js';
import {
  crossAccountPrincipals,
  documentGrantsFullAdmin,
  isFullAdminManagedPolicyArn,
  requiresExternalId,
  type PolicyDocument,
} from '../aws/policy.js';
import { isAdminRole, type IamBinding } from '../gcp/iam-policy.js';
import type { Privilege } from './facts.js';
import type { Edge } from './aws-exposure.js';
import { keyed, list, str, type AssetLookup } from './lookup.js';

const AZURE_ADMIN_ROLES = new Set(['Owner', 'Contributor', 'User Access Administrator']);

/** Why an AWS role or user is admin-equivalent, or undefined. */
export function awsAdminReason(inv: AssetLookup, principal: AnyAsset): string | undefined {
  for (const arn of list<string>(principal.config.attachedPolicyArns) ?? []) {
    if (isFullAdminManagedPolicyArn(arn)) return 'AWS managed policy AdministratorAccess';
    const policy = inv.get(arn);
    const doc = policy?.config.document as PolicyDocument | undefined;
    if (doc && Array.isArray(doc.Statement) && documentGrantsFullAdmin(doc)) return `policy ${policy!.name}`;
  }
  for (const p of list<{ name: string; document: PolicyDocument }>(principal.config.inlinePolicies) ?? [])
    if (documentGrantsFullAdmin(p.document)) return `inline policy ${p.name}`;
  return undefined;
}

/** Principals in other accounts that may assume the role without an external id. */
export function assumableWithoutExternalId(role: AnyAsset): string[] {
  const trust = role.config.trustPolicy as PolicyDocument | undefined;
  if (!trust || !Array.isArray(trust.Statement)) return [];
  const out: string[] = [];
  for (const s of trust.Statement) {
    if (s.Effect !== 'Allow' || requiresExternalId(s)) continue;
    out.push(...crossAccountPrincipals(s, role.account));
  }
  return out;
}

function awsRolePrivilege(inv: AssetLookup, role: AnyAsset): Privilege | undefined {
  const reason = awsAdminReason(inv, role);
  const assumableBy = assumableWithoutExternalId(role);
  if (reason === undefined && assumableBy.length === 0) return undefined;
  const p: Privilege = { admin: reason !== undefined, reason: reason ?? 'not admin-equivalent' };
  if (assumableBy.length > 0) p.assumableBy = assumableBy;
  return p;
}

function awsInstancePrivilege(inv: AssetLookup, instance: AnyAsset, edges: Edge[]): Privilege | undefined {
  const profile = instance.relations.find((r) => r.kind === 'runs-as')?.target;
  if (profile === undefined) return undefined;
  const role = keyed(
    inv,
    'role-by-profile',
    'aws.iam.role',
    (r) => list<string>(r.config.instanceProfileArns) ?? [],
  ).get(profile)?.[0];
  if (role === undefined) return undefined;
  edges.push({ from: instance.uid, to: role.uid, kind: 'runs-as' });
  const reason = awsAdminReason(inv, role);
  return {
    admin: reason !== undefined,
    reason: reason === undefined ? `runs as role ${role.name}` : `runs as role ${role.name} with ${reason}`,
    runsAs: role.uid,
  };
}

function azureAdminRole(inv: AssetLookup, principalId: string, subscription: string): string | undefined {
  const assignments = keyed(inv, 'assignments-by-principal', 'azure.authorization.role-assignment', (a) =>
    typeof a.config.principalId === 'string' ? [a.config.principalId] : [],
  ).get(principalId);
  for (const a of assignments ?? []) {
    if (a.account !== subscription) continue;
    const role = str(a.config.roleName);
    const scope = str(a.config.scope) ?? '';
    const broad =
      scope === '/' || /^\/subscriptions\/[^/]+$/i.test(scope) || scope.includes('managementgroups');
    if (role !== undefined && AZURE_ADMIN_ROLES.has(role) && broad) return `${role} on ${scope}`;
  }
  return undefined;
}

function azureVmPrivilege(inv: AssetLookup, vm: AnyAsset): Privilege | undefined {
  const identity = vm.config.identity as { principalId: string | null } | null | undefined;
  const principalId = identity && typeof identity === 'object' ? identity.principalId : null;
  if (typeof principalId !== 'string') return undefined;
  const role = azureAdminRole(inv, principalId, vm.account);
  return {
    admin: role !== undefined,
    reason: role === undefined ? 'has a managed identity' : `managed identity holds ${role}`,
    runsAs: principalId,
  };
}

function gcpAdminRoles(inv: AssetLookup, member: string, project: string): string[] {
  const roles: string[] = [];
  for (const p of inv.ofType('gcp.resourcemanager.project', { account: project }))
    for (const b of list<IamBinding>(p.config.iamBindings) ?? [])
      if (b.condition === null && isAdminRole(b.role) && b.members.includes(member)) roles.push(b.role);
  return roles;
}

function gcpInstancePrivilege(inv: AssetLookup, vm: AnyAsset, edges: Edge[]): Privilege | undefined {
  const sa = (list<{ email: string; scopes: string[] }>(vm.config.serviceAccounts) ?? [])[0];
  if (sa === undefined) return undefined;
  const roles = gcpAdminRoles(inv, `serviceAccount:${sa.email}`, vm.account);
  const saAsset = keyed(inv, 'sa-by-email', 'gcp.iam.service-account', (s) =>
    typeof s.config.email === 'string' ? [s.config.email] : [],
  ).get(sa.email)?.[0];
  if (saAsset) edges.push({ from: vm.uid, to: saAsset.uid, kind: 'runs-as' });
  const fullScope = sa.scopes.some((s) => s.endsWith('/cloud-platform'));
  const admin = roles.length > 0 && fullScope;
  return {
    admin,
    reason: admin
      ? `runs as ${sa.email} with ${roles.join(', ')} and the cloud-platform scope`
      : `runs as ${sa.email}`,
    runsAs: saAsset?.uid ?? sa.email,
  };
}

export function privilegeOf(inv: AssetLookup, asset: AnyAsset, edges: Edge[]): Privilege | undefined {
  switch (asset.type) {
    case 'aws.iam.role':
      return awsRolePrivilege(inv, asset);
    case 'aws.iam.user': {
      const reason = awsAdminReason(inv, asset);
      return reason === undefined ? undefined : { admin: true, reason };
    }
    case 'aws.ec2.instance':
      return awsInstancePrivilege(inv, asset, edges);
    case 'azure.compute.virtual-machine':
      return azureVmPrivilege(inv, asset);
    case 'gcp.compute.instance':
      return gcpInstancePrivilege(inv, asset, edges);
    case 'gcp.iam.service-account': {
      const email = str(asset.config.email);
      const roles = email === undefined ? [] : gcpAdminRoles(inv, `serviceAccount:${email}`, asset.account);
      return roles.length === 0 ? undefined : { admin: true, reason: `holds ${roles.join(', ')}` };
    }
    default:
      return undefined;
  }
}
