/** IAM users, groups, roles and customer managed policies (documents URL-encoded, as AWS Config records them). */
import { iamEncoded, tagList, type RegionEstate } from './region.js';
import { base32 } from '../ids.js';

export function iamUser(
  r: RegionEstate,
  name: string,
  o: {
    path?: string;
    created: string;
    groups: string[];
    attached: string[];
    inline?: { name: string; document: unknown }[];
    tags: Record<string, string>;
  },
) {
  const path = o.path ?? '/';
  const arn = `arn:aws:iam::${r.account.id}:user${path}${name}`;
  const userId = `AIDA${base32(r.seed(`user/${name}`), 17)}`;
  r.push({
    resourceType: 'AWS::IAM::User',
    resourceId: userId,
    resourceName: name,
    arn,
    region: 'global',
    availabilityZone: 'Not Applicable',
    createdAt: o.created,
    tags: o.tags,
    relationships: [
      ...o.groups.map((g) => ({
        resourceType: 'AWS::IAM::Group',
        resourceId: `AGPA${base32(r.seed(`group/${g}`), 17)}`,
        resourceName: g,
        name: 'Is attached to Group',
      })),
      ...o.attached
        .filter((a) => !a.startsWith('arn:aws:iam::aws:'))
        .map((a) => ({
          resourceType: 'AWS::IAM::Policy',
          resourceId: `ANPA${base32(r.seed(`policy/${a.slice(a.lastIndexOf('/') + 1)}`), 17)}`,
          resourceName: a.slice(a.lastIndexOf('/') + 1),
          name: 'Is attached to CustomerManagedPolicy',
        })),
    ],
    configuration: {
      path,
      userName: name,
      userId,
      arn,
      createDate: o.created,
      userPolicyList: (o.inline ?? []).map((p) => ({
        policyName: p.name,
        policyDocument: iamEncoded(p.document),
      })),
      groupList: o.groups,
      attachedManagedPolicies: o.attached.map((a) => ({
        policyName: a.slice(a.lastIndexOf('/') + 1),
        policyArn: a,
      })),
      permissionsBoundary: null,
      tags: tagList(o.tags),
    },
    supplementary: {},
  });
  return arn;
}

export function iamGroup(r: RegionEstate, name: string, o: { created: string; attached: string[] }) {
  const groupId = `AGPA${base32(r.seed(`group/${name}`), 17)}`;
  const arn = `arn:aws:iam::${r.account.id}:group/${name}`;
  r.push({
    resourceType: 'AWS::IAM::Group',
    resourceId: groupId,
    resourceName: name,
    arn,
    region: 'global',
    availabilityZone: 'Not Applicable',
    createdAt: o.created,
    tags: {},
    relationships: [],
    configuration: {
      path: '/',
      groupName: name,
      groupId,
      arn,
      createDate: o.created,
      groupPolicyList: [],
      attachedManagedPolicies: o.attached.map((a) => ({
        policyName: a.slice(a.lastIndexOf('/') + 1),
        policyArn: a,
      })),
    },
    supplementary: {},
  });
  return arn;
}

export function iamRole(
  r: RegionEstate,
  name: string,
  o: {
    path?: string;
    created: string;
    trust: unknown;
    attached: string[];
    inline?: { name: string; document: unknown }[];
    instanceProfile?: boolean;
    lastUsed?: string | null;
    description?: string;
    tags: Record<string, string>;
  },
) {
  const path = o.path ?? '/';
  const arn = `arn:aws:iam::${r.account.id}:role${path}${name}`;
  const roleId = `AROA${base32(r.seed(`role/${name}`), 17)}`;
  const profileArn = `arn:aws:iam::${r.account.id}:instance-profile/${name}`;
  r.push({
    resourceType: 'AWS::IAM::Role',
    resourceId: roleId,
    resourceName: name,
    arn,
    region: 'global',
    availabilityZone: 'Not Applicable',
    createdAt: o.created,
    tags: o.tags,
    relationships: o.attached
      .filter((a) => !a.startsWith('arn:aws:iam::aws:'))
      .map((a) => ({
        resourceType: 'AWS::IAM::Policy',
        resourceId: `ANPA${base32(r.seed(`policy/${a.slice(a.lastIndexOf('/') + 1)}`), 17)}`,
        resourceName: a.slice(a.lastIndexOf('/') + 1),
        name: 'Is attached to CustomerManagedPolicy',
      })),
    configuration: {
      path,
      roleName: name,
      roleId,
      arn,
      createDate: o.created,
      ...(o.description === undefined ? {} : { description: o.description }),
      assumeRolePolicyDocument: iamEncoded(o.trust),
      instanceProfileList: o.instanceProfile
        ? [
            {
              path: '/',
              instanceProfileName: name,
              instanceProfileId: `AIPA${base32(r.seed(`profile/${name}`), 17)}`,
              arn: profileArn,
              createDate: o.created,
              roles: [],
            },
          ]
        : [],
      rolePolicyList: (o.inline ?? []).map((p) => ({
        policyName: p.name,
        policyDocument: iamEncoded(p.document),
      })),
      attachedManagedPolicies: o.attached.map((a) => ({
        policyName: a.slice(a.lastIndexOf('/') + 1),
        policyArn: a,
      })),
      permissionsBoundary: null,
      tags: tagList(o.tags),
      roleLastUsed:
        o.lastUsed === undefined || o.lastUsed === null
          ? null
          : { lastUsedDate: o.lastUsed, region: r.account.home },
    },
    supplementary: {},
  });
  return { arn, profileArn };
}

export function iamPolicy(
  r: RegionEstate,
  name: string,
  o: {
    created: string;
    updated: string;
    document: unknown;
    attachments: number;
    description: string;
    tags: Record<string, string>;
  },
) {
  const arn = `arn:aws:iam::${r.account.id}:policy/${name}`;
  const policyId = `ANPA${base32(r.seed(`policy/${name}`), 17)}`;
  r.push({
    resourceType: 'AWS::IAM::Policy',
    resourceId: policyId,
    resourceName: name,
    arn,
    region: 'global',
    availabilityZone: 'Not Applicable',
    createdAt: o.created,
    tags: o.tags,
    relationships: [],
    configuration: {
      policyName: name,
      policyId,
      arn,
      path: '/',
      defaultVersionId: 'v3',
      attachmentCount: o.attachments,
      permissionsBoundaryUsageCount: 0,
      isAttachable: true,
      description: o.description,
      createDate: o.created,
      updateDate: o.updated,
      policyVersionList: [
        {
          document: iamEncoded(o.document),
          versionId: 'v3',
          isDefaultVersion: true,
          createDate: o.updated,
        },
      ],
    },
    supplementary: {},
  });
  return arn;
}

/** A Lambda function (a type Parapet does not assess yet): shows up as "unsupported" in coverage. */
