/**
 * IAM policies in both spellings (`auditConfigs`/`audit_configs`, `logType`/`log_type`, ...) as the
 * normalised bindings and audit configs of inventory/gcp/iam-policy.ts. Exports write log types as
 * numbers (1, 2, 3); they become `ADMIN_READ`, `DATA_WRITE`, `DATA_READ`.
 */
import { isRecord, str } from '../../json-file.js';
import { field } from '../record.js';
import { list, mapList } from './fields.js';

const LOG_TYPES: Record<number, string> = {
  0: 'LOG_TYPE_UNSPECIFIED',
  1: 'ADMIN_READ',
  2: 'DATA_WRITE',
  3: 'DATA_READ',
};

function logType(v: unknown): unknown {
  if (typeof v === 'number') return LOG_TYPES[v] ?? String(v);
  return v;
}

function condition(v: unknown): unknown {
  if (v === undefined || v === null) return null;
  if (!isRecord(v)) return v;
  return {
    expression: v.expression ?? '',
    title: str(v.title) ?? null,
    description: str(v.description) ?? null,
  };
}

/** The policy's role bindings, normalised. */
export function bindingsOf(policy: Record<string, unknown>): unknown {
  return mapList(policy.bindings, (b) => ({
    role: b.role,
    members: list(b.members),
    condition: condition(b.condition),
  }));
}

/** The policy's audit configs, normalised. */
export function auditConfigsOf(policy: Record<string, unknown>): unknown {
  return mapList(field(policy, 'auditConfigs', 'audit_configs'), (c) => ({
    service: c.service,
    auditLogConfigs: mapList(field(c, 'auditLogConfigs', 'audit_log_configs'), (l) => ({
      logType: logType(field(l, 'logType', 'log_type')),
      exemptedMembers: list(field(l, 'exemptedMembers', 'exempted_members')),
    })),
  }));
}
