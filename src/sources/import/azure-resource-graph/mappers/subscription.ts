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
  armDetail,
  baseFromRow,
  diagnosticSettingOf,
  mapList,
  pick,
  configFromProperties,
  lowerText,
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

/**
 * A security contact in either API shape: 2023-12-01-preview (`notificationsSources`, `isEnabled`) or
 * 2020-01-01-preview (`alertNotifications`).
 */
function securityContact(raw: unknown): unknown {
  const p = pick(raw, 'properties') ?? {};
  const emailText = pick(p, 'emails') ?? pick(p, 'email');
  const emails = (typeof emailText === 'string' ? emailText : '')
    .split(/[;,]/)
    .map((e) => e.trim())
    .filter((e) => e !== '');
  const byRole = pick(p, 'notificationsByRole');
  const roles =
    lowerText(pick(byRole, 'state')) === 'on' && Array.isArray(pick(byRole, 'roles'))
      ? (pick(byRole, 'roles') as unknown[]).filter((r): r is string => typeof r === 'string')
      : [];
  const sources = pick(p, 'notificationsSources');
  const source = (type: string): unknown =>
    Array.isArray(sources)
      ? sources.find((s: unknown) => lowerText(pick(s, 'sourceType')) === type)
      : undefined;
  const legacy = pick(p, 'alertNotifications');
  const legacySeverity =
    lowerText(pick(legacy, 'state')) === 'on' ? (pick(legacy, 'minimalSeverity') ?? 'Low') : null;
  const enabled = pick(p, 'isEnabled') !== false;
  return {
    emails,
    notifiedRoles: enabled ? roles : [],
    alertMinimalSeverity: enabled
      ? (pick(source('alert'), 'minimalSeverity') ?? legacySeverity ?? null)
      : null,
    attackPathMinimalRiskLevel: enabled ? (pick(source('attackpath'), 'minimalRiskLevel') ?? null) : null,
  };
}

export const mapSubscription: RowMapper = (row, source) => {
  const config = {
    subscriptionId: row.subscriptionId,
    tenantId: row.tenantId ?? unknown('the Resource Graph row has no tenantId'),
    ...configFromProperties(row, ['state', 'subscriptionPolicies'], FIELDS),
    activityLogDiagnosticSettings: mapList(
      armDetail(row, 'activityLogDiagnosticSettings', 'activity log diagnostic settings'),
      diagnosticSettingOf,
    ),
    defenderPlans: mapList(armDetail(row, 'defenderPlans', 'Defender for Cloud plans'), (p) => ({
      name: pick(p, 'name'),
      tier: pick(p, 'properties', 'pricingTier'),
      subPlan: pick(p, 'properties', 'subPlan') ?? null,
    })),
    securityContacts: mapList(
      armDetail(row, 'securityContacts', 'Defender for Cloud security contacts'),
      securityContact,
    ),
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
        activityLogDiagnosticSettings: missing,
        defenderPlans: missing,
        securityContacts: missing,
      },
    },
  };
}
