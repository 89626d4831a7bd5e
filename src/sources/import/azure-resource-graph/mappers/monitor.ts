/** microsoft.insights/activitylogalerts and microsoft.insights/components (Application Insights). */
import {
  baseFromRow,
  configFromProperties,
  lowerId,
  mapKnown,
  pick,
  type FieldReaders,
  type RowMapper,
} from './types.js';

/** `allOf` conditions, with `anyOf` alternatives of one field flattened into one condition each. */
function conditions(allOf: unknown): unknown {
  if (!Array.isArray(allOf)) return allOf;
  const out: { field: string; equals: string[] }[] = [];
  const add = (field: unknown, equals: unknown) => {
    if (typeof field !== 'string') return;
    const values = (Array.isArray(equals) ? equals : [equals]).filter(
      (v): v is string => typeof v === 'string',
    );
    const existing = out.find((c) => c.field === field.toLowerCase());
    if (existing) existing.equals.push(...values.map((v) => v.toLowerCase()));
    else out.push({ field: field.toLowerCase(), equals: values.map((v) => v.toLowerCase()) });
  };
  for (const c of allOf) {
    const anyOf = pick(c, 'anyOf');
    if (Array.isArray(anyOf))
      for (const a of anyOf) add(pick(a, 'field'), pick(a, 'equals') ?? pick(a, 'containsAny'));
    else add(pick(c, 'field'), pick(c, 'equals') ?? pick(c, 'containsAny'));
  }
  return out;
}

const ALERT_FIELDS: FieldReaders = {
  enabled: (p) => p.opt('enabled', true),
  scopes: (p) => mapKnown(p.req('scopes'), (v) => (Array.isArray(v) ? v.map(lowerId) : v)),
  conditions: (p) => mapKnown(p.req('condition.allOf'), conditions),
};

export const mapActivityLogAlert: RowMapper = (row, source) => [
  {
    type: 'azure.monitor.activity-log-alert',
    candidate: {
      ...baseFromRow(row, source),
      config: configFromProperties(row, ['condition', 'scopes'], ALERT_FIELDS),
    },
  },
];

const COMPONENT_FIELDS: FieldReaders = {
  applicationType: (p) => p.opt('Application_Type'),
  workspaceResourceId: (p) => mapKnown(p.opt('WorkspaceResourceId'), lowerId),
};

export const mapAppInsights: RowMapper = (row, source) => [
  {
    type: 'azure.monitor.app-insights',
    candidate: {
      ...baseFromRow(row, source),
      config: configFromProperties(
        row,
        ['provisioningState', 'InstrumentationKey', 'AppId'],
        COMPONENT_FIELDS,
      ),
    },
  },
];
