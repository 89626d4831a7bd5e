/**
 * The IAM policies a project is subject to: its own and those of the folders and organisation above
 * it (the project's `child-of` relations, from CAI ancestors). An ancestor present in the inventory
 * whose policy could not be read makes the verdict unknown; an ancestor the sources did not include
 * (a project-scoped export or scan) is not held against the project, and the evidence names the
 * ancestors that were considered. Not a rule itself (no `rule` export).
 */
import type { AnyAsset } from '../../../model/asset.js';
import type { AuditConfig, IamBinding } from '../../../inventory/gcp/iam-policy.js';
import type { AssetOf } from '../../../inventory/types.js';
import { known, need, type RuleContext } from '../../api.js';
import { grantsWhere, type Grant } from './grants.js';

/** Asset types a rule using this module must declare in `requires`. */
export const ANCESTOR_TYPES = ['gcp.resourcemanager.folder', 'gcp.resourcemanager.organization'] as const;

export interface PolicySource {
  /** `project` for the project's own policy, else the ancestor's name (`folders/555`). */
  from: string;
  bindings: readonly IamBinding[];
}

type Container = AssetOf<'gcp.resourcemanager.folder'> | AssetOf<'gcp.resourcemanager.organization'>;

/** The folders and organisation above `project` that the inventory holds, nearest first. */
export function ancestorsOf(project: AnyAsset, ctx: RuleContext<string>): Container[] {
  const byUid = new Map<string, Container>();
  for (const t of ANCESTOR_TYPES) for (const a of ctx.assets(t)) byUid.set(a.uid, a);
  return project.relations
    .filter((r) => r.kind === 'child-of')
    .map((r) => byUid.get(r.target))
    .filter((a): a is Container => a !== undefined);
}

/** `folders/555`, `organizations/777`: the ancestor as CAI ancestors name it. */
function scopeName(a: Container): string {
  return a.uid.replace('//cloudresourcemanager.googleapis.com/', '');
}

/** The project's own bindings, then each ancestor's (a missing policy on a present ancestor is unknown). */
export function policySources(
  project: AssetOf<'gcp.resourcemanager.project'>,
  ctx: RuleContext<string>,
): PolicySource[] {
  const out: PolicySource[] = [{ from: 'project', bindings: need(project.config, 'iamBindings') }];
  for (const a of ancestorsOf(project, ctx))
    out.push({ from: scopeName(a), bindings: known(a.config.iamBindings, `iamBindings of ${scopeName(a)}`) });
  return out;
}

/** Grants matching `matches` across the project and its ancestors; inherited ones say where from. */
export function effectiveGrants(
  sources: readonly PolicySource[],
  matches: (role: string, member: string) => boolean,
): Grant[] {
  return sources.flatMap((s) =>
    grantsWhere(s.bindings, matches).map((g) =>
      s.from === 'project' ? g : { ...g, role: `${g.role}, inherited from ${s.from}` },
    ),
  );
}

/** Audit configs of the project and its ancestors (Data Access logging is additive down the hierarchy). */
export function effectiveAuditConfigs(
  project: AssetOf<'gcp.resourcemanager.project'>,
  ctx: RuleContext<string>,
): { configs: AuditConfig[]; considered: string[] } {
  const configs = [...need(project.config, 'auditConfigs')];
  const considered: string[] = [];
  for (const a of ancestorsOf(project, ctx)) {
    configs.push(...known(a.config.auditConfigs, `auditConfigs of ${scopeName(a)}`));
    considered.push(scopeName(a));
  }
  return { configs, considered };
}
