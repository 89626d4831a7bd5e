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
