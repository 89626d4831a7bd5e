/**
 * microsoft.authorization/roleassignments (Resource Graph's `authorizationresources` table). An
 * assignment inside a subscription is `member-of` it; one at management group or tenant scope has no
 * subscription and takes the tenant as its account.
 */
import type { Relation } from '../../../../model/asset.js';
import { builtInRoleName } from '../../../../inventory/azure/authorization.js';
import {
  baseFromRow,
  configFromProperties,
  lowerId,
  mapKnown,
  pick,
  type FieldReaders,
  type RowMapper,
} from './types.js';

const MARKERS = ['roleDefinitionId', 'principalId', 'scope'];

const FIELDS: FieldReaders = {
  roleDefinitionId: (p) => lowerId(p.req('roleDefinitionId')),
  roleName: (p) =>
    mapKnown(p.req('roleDefinitionId'), (id) => (typeof id === 'string' ? builtInRoleName(id) : id)),
  principalId: (p) => p.req('principalId'),
  principalType: (p) => p.req('principalType'),
  scope: (p) => lowerId(p.req('scope')),
  condition: (p) => p.opt('condition'),
};

export const mapRoleAssignment: RowMapper = (row, source) => {
  const config = configFromProperties(row, MARKERS, FIELDS);
  const relations: Relation[] = [];
  if (row.subscriptionId !== '')
    relations.push({ kind: 'member-of', target: `/subscriptions/${row.subscriptionId}` });
  return [
    {
      type: 'azure.authorization.role-assignment',
      candidate: { ...baseFromRow(row, source), config, relations },
    },
  ];
};

/** Every value of one key across a role's permission blocks. */
function permissionList(permissions: unknown, key: 'actions' | 'notActions'): unknown {
  if (!Array.isArray(permissions)) return permissions;
  return permissions.flatMap((b: unknown) => {
    const v = pick(b, key);
    return Array.isArray(v) ? v.filter((a): a is string => typeof a === 'string') : [];
  });
}

const DEFINITION_FIELDS: FieldReaders = {
  roleName: (p) => p.req('roleName'),
  roleType: (p) => p.req('type'),
  actions: (p) => mapKnown(p.req('permissions'), (v) => permissionList(v, 'actions')),
  notActions: (p) => mapKnown(p.req('permissions'), (v) => permissionList(v, 'notActions')),
  assignableScopes: (p) =>
    mapKnown(p.req('assignableScopes'), (v) => (Array.isArray(v) ? v.map(lowerId) : v)),
};

/** microsoft.authorization/roledefinitions (built-in and custom). */
export const mapRoleDefinition: RowMapper = (row, source) => [
  {
    type: 'azure.authorization.role-definition',
    candidate: {
      ...baseFromRow(row, source),
      config: configFromProperties(row, ['roleName', 'permissions', 'assignableScopes'], DEFINITION_FIELDS),
    },
  },
];
