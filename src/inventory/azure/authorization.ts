/**
 * Azure RBAC role assignments (from Resource Graph's `authorizationresources` or the Authorization
 * API): who holds which role at which scope. Built-in roles have fixed GUIDs in every tenant, so the
 * best-known ones are named here; other roles keep only their definition id.
 */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

/** Built-in role definition GUIDs → role names (the same in every tenant). */
export const BUILT_IN_ROLES: Readonly<Record<string, string>> = {
  '8e3af657-a8ff-443c-a75c-2fe8c4bcb635': 'Owner',
  'b24988ac-6180-42a0-ab88-20f7382dd24c': 'Contributor',
  '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9': 'User Access Administrator',
  'f58310d9-a9f6-439a-9e8d-f62e7b41a168': 'Role Based Access Control Administrator',
  'acdd72a7-3385-48ef-bd42-f606fba81ae7': 'Reader',
};

/**
 * The built-in role name for a role definition id (`/subscriptions/s/providers/Microsoft.Authorization/
 * roleDefinitions/<guid>` or the bare GUID); null when it is not one of BUILT_IN_ROLES.
 * @example builtInRoleName('/providers/Microsoft.Authorization/roleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635') // 'Owner'
 */
export function builtInRoleName(roleDefinitionId: string): string | null {
  const guid = roleDefinitionId.split('/').pop()?.toLowerCase() ?? '';
  return Object.hasOwn(BUILT_IN_ROLES, guid) ? (BUILT_IN_ROLES[guid] ?? null) : null;
}

/**
 * What kind of scope an assignment is made at, from its (lower-case) scope id: the tenant root `/`,
 * a management group, a subscription, a resource group, or a single resource.
 */
export function scopeLevel(
  scope: string,
): 'root' | 'management-group' | 'subscription' | 'resource-group' | 'resource' | 'other' {
  const s = scope.toLowerCase().replace(/\/+$/, '');
  if (s === '') return 'root';
  if (/^\/providers\/microsoft\.management\/managementgroups\/[^/]+$/.test(s)) return 'management-group';
  if (/^\/subscriptions\/[^/]+$/.test(s)) return 'subscription';
  if (/^\/subscriptions\/[^/]+\/resourcegroups\/[^/]+$/.test(s)) return 'resource-group';
  if (/^\/subscriptions\/[^/]+\/(resourcegroups\/[^/]+\/)?providers\//.test(s)) return 'resource';
  return 'other';
}

export const roleAssignment = defineAssetType({
  type: 'azure.authorization.role-assignment',
  provider: 'azure',
  title: 'Role assignment',
  config: z.object({
    /** The role definition id (lower case). */
    roleDefinitionId: maybe(z.string()),
    /** Name of a well-known built-in role (Owner, Contributor, ...); null for other roles. */
    roleName: maybe(z.string().nullable()),
    /** Object id of the user, group or service principal. */
    principalId: maybe(z.string()),
    /** `User`, `Group`, `ServicePrincipal`, `ForeignGroup`, `Device`. */
    principalType: maybe(z.string()),
    /** Where the role applies (lower-case ARM id; `/` for the tenant root). */
    scope: maybe(z.string()),
    /** ABAC condition narrowing the assignment; null when none. */
    condition: maybe(z.string().nullable()),
  }),
});

export const roleDefinition = defineAssetType({
  type: 'azure.authorization.role-definition',
  provider: 'azure',
  title: 'Role definition',
  config: z.object({
    roleName: maybe(z.string()),
    /** `BuiltInRole` or `CustomRole`. */
    roleType: maybe(z.string()),
    /** Allowed actions across all permission blocks, e.g. a lone asterisk, or `Microsoft.Storage/storageAccounts/read`. */
    actions: maybe(z.array(z.string())),
    notActions: maybe(z.array(z.string())),
    /** Where the role can be assigned (lower-case ids; `/` for the tenant root). */
    assignableScopes: maybe(z.array(z.string())),
  }),
});
