/**
 * GCP IAM allow policies as resources carry them (project, bucket, ...): role bindings with optional
 * conditions, and audit configs. Also the questions rules ask of them: is a member public, is it a
 * service account, is a role an owner/editor/admin role, is a service account a Google-managed agent.
 */
import { z } from 'zod';

export const iamConditionSchema = z.object({
  expression: z.string(),
  title: z.string().nullable(),
  description: z.string().nullable(),
});

/** One role binding. `condition` is null for an unconditional grant. */
export const iamBindingSchema = z.object({
  role: z.string(),
  members: z.array(z.string()),
  condition: iamConditionSchema.nullable(),
});

/** `logType`: `ADMIN_READ`, `DATA_READ` or `DATA_WRITE` (numeric exports are normalised to these names). */
export const auditLogConfigSchema = z.object({
  logType: z.string(),
  exemptedMembers: z.array(z.string()),
});

/** Data Access audit logging for one service, or for every service when `service` is `allServices`. */
export const auditConfigSchema = z.object({
  service: z.string(),
  auditLogConfigs: z.array(auditLogConfigSchema),
});

export type IamBinding = z.infer<typeof iamBindingSchema>;
export type AuditConfig = z.infer<typeof auditConfigSchema>;

/** Members that mean "anyone on the internet" / "anyone with a Google account". */
export const PUBLIC_MEMBERS: readonly string[] = ['allUsers', 'allAuthenticatedUsers'];

/** True for `allUsers` and `allAuthenticatedUsers`. */
export function isPublicMember(member: string): boolean {
  return PUBLIC_MEMBERS.includes(member.trim());
}

/**
 * The email of a `serviceAccount:` member, or undefined for any other member. A `deleted:` member
 * no longer holds access, so it is not a service account member here.
 * @example serviceAccountOf('serviceAccount:ci@p.iam.gserviceaccount.com') // 'ci@p.iam.gserviceaccount.com'
 */
export function serviceAccountOf(member: string): string | undefined {
  const m = /^serviceAccount:(.+)$/.exec(member.trim());
  return m?.[1];
}

/**
 * Google-managed service agents (`service-<number>@gcp-sa-*.iam.gserviceaccount.com`, the Google
 * APIs service agent `<number>@cloudservices.gserviceaccount.com`): Google grants them their roles and
 * documents that they must keep them, so they are not judged like user-created accounts.
 */
export function isGoogleManagedServiceAgent(email: string): boolean {
  const e = email.toLowerCase();
  return /^service-\d+@/.test(e) || /^\d+@cloudservices\.gserviceaccount\.com$/.test(e);
}

/**
 * Basic owner/editor roles and any role whose name ends in `admin` (`roles/compute.admin`,
 * `roles/iam.serviceAccountAdmin`, custom `projects/p/roles/netAdmin`).
 */
export function isAdminRole(role: string): boolean {
  if (role === 'roles/owner' || role === 'roles/editor') return true;
  const last = role.split(/[./]/).pop() ?? '';
  return /admin$/i.test(last);
}

/** The default Compute Engine service account of a project: `<project-number>-compute@developer.gserviceaccount.com`. */
export function isDefaultComputeServiceAccount(email: string): boolean {
  return /^\d+-compute@developer\.gserviceaccount\.com$/i.test(email.trim()) || email.trim() === 'default';
}

/** How a binding reads in messages and evidence: `roles/viewer` or `roles/viewer (if: <title or expression>)`. */
export function bindingLabel(binding: IamBinding): string {
  if (binding.condition === null) return binding.role;
  return `${binding.role} (if: ${binding.condition.title ?? binding.condition.expression})`;
}
