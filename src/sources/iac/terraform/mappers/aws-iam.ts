/**
 * AWS IAM: aws_iam_policy → aws.iam.policy; aws_iam_role → aws.iam.role with its inline policies
 * (`inline_policy {}` and aws_iam_role_policy) and attached policies (`managed_policy_arns` and
 * aws_iam_role_policy_attachment); aws_iam_user → aws.iam.user with aws_iam_user_policy and
 * aws_iam_user_policy_attachment. A policy attachment naming a policy of this configuration
 * (`aws_iam_policy.p.arn`) is held as that policy asset's uid, which is how the rules find it.
 * Inline policies and attachments naming a role or user the configuration does not declare become
 * that identity's asset: what they grant is known, what else it has is not (so only a grant proven
 * here fails; nothing passes).
 */
import { policyDocumentSchema } from '../../../../inventory/aws/policy.js';
import { decodePolicyText } from '../../../../inventory/aws/policy.js';
import type { ResourceInstance } from '../module.js';
import { isUnknownValue, plain, toStr, unknownValue, type Value } from '../value.js';
import { childrenOf, orphanGroup, orphanParentName, type ChildLink } from './join.js';
import {
  displayName,
  numField,
  Reader,
  strField,
  strList,
  withUnread,
  type InstanceIndex,
  type MappedResource,
} from './types.js';

/** A policy argument (JSON text or `jsonencode(...)`) as a policy document, or why it cannot be read. */
export function policyDocument(v: Value | undefined): Value {
  if (v === undefined || v === null || v === '') return unknownValue('no policy document');
  if (isUnknownValue(v)) return plain(v);
  try {
    const parsed = policyDocumentSchema.safeParse(
      decodePolicyText(typeof v === 'string' ? v : JSON.stringify(v)),
    );
    if (!parsed.success)
      return unknownValue(`not an IAM policy document: ${parsed.error.issues[0]?.message ?? ''}`);
    return parsed.data as Value;
  } catch (e) {
    return unknownValue(`policy is not valid JSON: ${(e as Error).message}`);
  }
}

const ATTACHMENTS = [
  { type: 'aws_iam_role_policy_attachment', attr: 'policy_arn' },
  { type: 'aws_iam_user_policy_attachment', attr: 'policy_arn' },
  { type: 'aws_iam_group_policy_attachment', attr: 'policy_arn' },
];

export function mapIamPolicy(inst: ResourceInstance, index: InstanceIndex): MappedResource {
  const r = new Reader(inst);
  const attached = ATTACHMENTS.flatMap((l) => index.referring(l.type, l.attr, inst, []));
  const config = withUnread('aws.iam.policy', {
    path: strField(r.attr('path')?.value, '/'),
    awsManaged: false,
    defaultVersionId: 'v1',
    document: policyDocument(r.attr('policy')?.value),
    attachmentCount: attached.length,
    isAttachable: true,
    createdAt: unknownValue('known only after apply'),
    updatedAt: unknownValue('known only after apply'),
  });
  r.mark('document', r.attr('policy')?.line);
  return {
    type: 'aws.iam.policy',
    provider: 'aws',
    name: displayName(r, 'name'),
    tags: r.tags(),
    config,
    fields: r.fields,
  };
}

/** An attachment's policy ARN: the literal ARN, or the uid of the aws_iam_policy asset it names. */
function attachedArn(res: ResourceInstance, index: InstanceIndex): Value {
  const v = res.body.attrs.policy_arn?.value;
  if (isUnknownValue(v)) {
    const p = v.$ref === undefined ? undefined : index.get(v.$ref);
    return p?.type === 'aws_iam_policy' ? `${p.file}#${p.address}` : plain(v);
  }
  return strField(v, '');
}

interface Identity {
  kind: 'role' | 'user';
  inline: ChildLink;
  attach: ChildLink;
}
const ROLE: Identity = {
  kind: 'role',
  inline: { type: 'aws_iam_role_policy', attr: 'role' },
  attach: { type: 'aws_iam_role_policy_attachment', attr: 'role' },
};
const USER: Identity = {
  kind: 'user',
  inline: { type: 'aws_iam_user_policy', attr: 'user' },
  attach: { type: 'aws_iam_user_policy_attachment', attr: 'user' },
};

/** Inline policies from blocks and resources; the first admin-looking one's line is marked. */
function permissions(
  r: Reader,
  id: Identity,
  children: ResourceInstance[],
  index: InstanceIndex,
  declared: boolean,
): { inlinePolicies: Value; attachedPolicyArns: Value } {
  const inline: Value[] = [];
  let unknown: Value | undefined;
  const addInline = (
    name: Value | undefined,
    doc: Value | undefined,
    line: number,
    from: ResourceInstance,
  ) => {
    const d = policyDocument(doc);
    if (isUnknownValue(d)) {
      unknown ??= d;
      return;
    }
    inline.push({ name: toStr(name ?? '') ?? '', document: d });
    if (!r.fields.inlinePolicies || /"Action":\s*(\[\s*)?"\*"/.test(JSON.stringify(d)))
      r.mark('inlinePolicies', line, from);
  };
  if (declared)
    for (const b of r.blocks('inline_policy'))
      addInline(
        b.body.attrs.name?.value,
        b.body.attrs.policy?.value,
        b.body.attrs.policy?.line ?? b.line,
        r.inst,
      );
  for (const c of children.filter((x) => x.type === id.inline.type))
    addInline(c.body.attrs.name?.value, c.body.attrs.policy?.value, c.body.attrs.policy?.line ?? c.line, c);

  let arns: Value;
  if (!declared)
    arns = unknownValue(
      `the ${id.kind} is not declared in this configuration: other attached policies are not known`,
    );
  else {
    const list: Value[] = [];
    const managed = strList(r.attr('managed_policy_arns')?.value);
    let u: Value | undefined = isUnknownValue(managed) ? managed : undefined;
    if (!u) list.push(...(managed as string[]));
    for (const c of children.filter((x) => x.type === id.attach.type)) {
      const a = attachedArn(c, index);
      if (isUnknownValue(a)) u ??= a;
      else list.push(a);
      r.mark('attachedPolicyArns', c.body.attrs.policy_arn?.line ?? c.line, c);
    }
    arns = u ?? list;
    if (!r.fields.attachedPolicyArns) r.mark('attachedPolicyArns', r.attr('managed_policy_arns')?.line);
  }
  return { inlinePolicies: unknown ?? inline, attachedPolicyArns: arns };
}

function identityAsset(
  r: Reader,
  id: Identity,
  children: ResourceInstance[],
  index: InstanceIndex,
  name: string,
  declared: boolean,
): MappedResource {
  const perms = permissions(r, id, children, index, declared);
  const type = id.kind === 'role' ? 'aws.iam.role' : 'aws.iam.user';
  const config: Record<string, unknown> = { ...perms };
  const v = (n: string) => r.attr(n)?.value;
  if (declared) {
    config.path = strField(v('path'), '/');
    config.createdAt = unknownValue('known only after apply');
    config.permissionsBoundaryArn = strField(v('permissions_boundary'), null);
    if (id.kind === 'role') {
      config.trustPolicy = policyDocument(v('assume_role_policy'));
      config.maxSessionDurationSeconds = numField(v('max_session_duration'), 3600);
      config.instanceProfileArns = index
        .referring('aws_iam_instance_profile', 'role', r.inst, [toStr(v('name') ?? '') ?? undefined])
        .map((p) => `${p.file}#${p.address}`);
      config.lastUsed = null;
      r.mark('trustPolicy', r.attr('assume_role_policy')?.line);
    } else {
      const profile = index.referring('aws_iam_user_login_profile', 'user', r.inst, [
        toStr(v('name') ?? '') ?? undefined,
      ]);
      const keys = index.referring('aws_iam_access_key', 'user', r.inst, [
        toStr(v('name') ?? '') ?? undefined,
      ]);
      config.passwordEnabled = profile.length > 0;
      config.passwordLastUsed = null;
      config.passwordLastChanged = profile.length > 0 ? unknownValue('set at apply') : null;
      config.mfaActive =
        profile.length > 0 ? unknownValue('MFA devices are enabled by the user, outside Terraform') : false;
      config.accessKeys = keys.length > 0 ? unknownValue('access keys are created at apply') : [];
      config.groups = unknownValue('group memberships are not read from Terraform by Parapet');
    }
  }
  withUnread(
    type,
    config,
    declared ? undefined : `the ${id.kind} ${name} is not declared in this configuration`,
  );
  return {
    type,
    provider: 'aws',
    name,
    tags: declared ? r.tags() : {},
    config,
    fields: r.fields,
    joined: children.filter((x) => x !== r.inst).map((x) => x.address),
  };
}

const linksOf = (id: Identity) => [id.inline, id.attach];
const parentsOf = (id: Identity) => [
  { type: id.kind === 'role' ? 'aws_iam_role' : 'aws_iam_user', nameAttr: 'name' },
];

export function mapIamRole(inst: ResourceInstance, index: InstanceIndex): MappedResource {
  const r = new Reader(inst);
  return identityAsset(
    r,
    ROLE,
    childrenOf(inst, 'name', linksOf(ROLE), index),
    index,
    displayName(r, 'name'),
    true,
  );
}

export function mapIamUser(inst: ResourceInstance, index: InstanceIndex): MappedResource {
  const r = new Reader(inst);
  return identityAsset(
    r,
    USER,
    childrenOf(inst, 'name', linksOf(USER), index),
    index,
    displayName(r, 'name'),
    true,
  );
}

/** Inline policies and attachments: folded into a declared role/user, or (leading) its asset. */
export function mapIdentityChild(inst: ResourceInstance, index: InstanceIndex): MappedResource | undefined {
  const id = [ROLE, USER].find((x) => linksOf(x).some((l) => l.type === inst.type));
  if (id === undefined) return undefined;
  const group = orphanGroup(inst, linksOf(id), parentsOf(id), index);
  if (!group || group.length === 0) return undefined;
  const attr = id.kind === 'role' ? 'role' : 'user';
  return identityAsset(new Reader(inst), id, group, index, orphanParentName(inst, attr), false);
}
