/**
 * Resources the providers split off a parent (an NSG rule, a bucket IAM member, a role's inline
 * policy) name their parent through one attribute. When the configuration declares the parent, the
 * parent's mapper folds them in. When it does not (the parent is managed elsewhere, or named by a
 * variable without a value), the children that name the same parent become one asset of the parent's
 * type, judged on what they set; its uid is the first child's address. Children of several types may
 * share a parent: `orphanGroup` orders them the same way for each, so exactly one leads.
 */
import type { ResourceInstance } from '../module.js';
import { isUnknownValue, type Value } from '../value.js';
import type { InstanceIndex } from './types.js';

/** A child resource type and the attribute naming its parent. */
export interface ChildLink {
  type: string;
  attr: string;
}

/** The parent resource types and the attribute of theirs that children name them by. */
export interface ParentLink {
  type: string;
  nameAttr: string;
}

/** The children of `parent` of every linked type, by reference or by its literal name. */
export function childrenOf(
  parent: ResourceInstance,
  nameAttr: string,
  links: readonly ChildLink[],
  index: InstanceIndex,
): ResourceInstance[] {
  const name = parent.body.attrs[nameAttr]?.value;
  const names = [typeof name === 'string' ? name : undefined];
  return links.flatMap((l) => index.referring(l.type, l.attr, parent, names));
}

function linkOf(inst: ResourceInstance, links: readonly ChildLink[]): ChildLink | undefined {
  return links.find((l) => l.type === inst.type);
}

/** The declared parent a child names, when the configuration has it. */
export function declaredParent(
  inst: ResourceInstance,
  attr: string,
  parents: readonly ParentLink[],
  index: InstanceIndex,
): ResourceInstance | undefined {
  const v = inst.body.attrs[attr]?.value;
  if (isUnknownValue(v)) {
    if (v.$ref === undefined) return undefined;
    const p = index.get(v.$ref);
    return p && parents.some((l) => l.type === p.type) ? p : undefined;
  }
  if (typeof v !== 'string') return undefined;
  for (const l of parents) {
    const p = index
      .ofType(l.type)
      .find((x) => x.modulePath === inst.modulePath && x.body.attrs[l.nameAttr]?.value === v);
    if (p) return p;
  }
  return undefined;
}

/** How a child names its parent, as a grouping key (`s:` a literal name, `u:` a reference or unknown). */
function parentKey(v: Value | undefined): string {
  if (v === undefined || v === null) return 'none';
  if (isUnknownValue(v)) return `u:${v.$ref ?? v.$unknown}`;
  return `s:${typeof v === 'string' ? v : JSON.stringify(v)}`;
}

/**
 * For a child whose parent is not declared: every child naming the same parent (this one first in
 * the group's order), when this child leads the group; `[]` when another child leads it; undefined
 * when the parent is declared (its mapper takes the child).
 */
export function orphanGroup(
  inst: ResourceInstance,
  links: readonly ChildLink[],
  parents: readonly ParentLink[],
  index: InstanceIndex,
): ResourceInstance[] | undefined {
  const link = linkOf(inst, links);
  if (link === undefined || declaredParent(inst, link.attr, parents, index)) return undefined;
  const key = parentKey(inst.body.attrs[link.attr]?.value);
  const group = links.flatMap((l) =>
    index
      .ofType(l.type)
      .filter(
        (x) =>
          x.modulePath === inst.modulePath &&
          parentKey(x.body.attrs[l.attr]?.value) === key &&
          !declaredParent(x, l.attr, parents, index),
      ),
  );
  return group[0] === inst ? group : [];
}

/** The name a group of orphans gives its parent: the literal name, else what the reference says. */
export function orphanParentName(inst: ResourceInstance, attr: string): string {
  const v = inst.body.attrs[attr]?.value;
  if (typeof v === 'string') return v;
  if (isUnknownValue(v)) return v.$ref ?? /undeclared (\S+)/.exec(v.$unknown)?.[1] ?? inst.address;
  return inst.address;
}
