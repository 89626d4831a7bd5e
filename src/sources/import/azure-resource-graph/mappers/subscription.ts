/**
 * azure.subscription, from a `resourcecontainers` row (microsoft.resources/subscriptions) or implied
 * by any row of the subscription. The implied asset knows only the id (and tenant); the type is
 * mergeable, so a real row for the same subscription, in this import or another source, completes it.
 */
import type { SourceRef } from '../../../../model/asset.js';
import { unknown } from '../../../../model/unknown.js';
import { isRecord, str } from '../../json-file.js';
import type { ArgRow } from '../row.js';
import {
  baseFromRow,
  configFromProperties,
  mapKnown,
  type MappedCandidate,
  type FieldReaders,
  type RowMapper,
} from './types.js';

const FIELDS: FieldReaders = {
  state: (p) => p.req('state'),
  managementGroupAncestors: (p) =>
    mapKnown(p.req('managementGroupAncestorsChain'), (chain) =>
      Array.isArray(chain) ? chain.map((g: unknown) => (isRecord(g) ? (str(g.name) ?? g.name) : g)) : chain,
    ),
};

export const mapSubscription: RowMapper = (row, source) => {
  const config = {
    subscriptionId: row.subscriptionId,
    tenantId: row.tenantId ?? unknown('the Resource Graph row has no tenantId'),
    ...configFromProperties(row, ['state', 'subscriptionPolicies'], FIELDS),
  };
  return [
    { type: 'azure.subscription', candidate: { ...baseFromRow(row, source), region: 'global', config } },
  ];
};

/** The subscription a row belongs to, when the import has no `resourcecontainers` row for it. */
export function impliedSubscription(row: ArgRow, source: SourceRef): MappedCandidate {
  const uid = `/subscriptions/${row.subscriptionId}`;
  const missing = unknown('the import has no resourcecontainers row for this subscription');
  return {
    type: 'azure.subscription',
    candidate: {
      uid,
      account: row.subscriptionId,
      region: 'global',
      // The uid as name lets a merge with a real row take the display name (see inventory/merge.ts).
      name: uid,
      tags: {},
      relations: [],
      source: { kind: source.kind, format: source.format, ...(source.file ? { file: source.file } : {}) },
      config: {
        subscriptionId: row.subscriptionId,
        tenantId: row.tenantId ?? missing,
        state: missing,
        managementGroupAncestors: missing,
      },
    },
  };
}
