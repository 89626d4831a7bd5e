/**
 * logging.googleapis.com/LogMetric → gcp.logging.metric, monitoring.googleapis.com/AlertPolicy →
 * gcp.monitoring.alert-policy, essentialcontacts.googleapis.com/Contact → gcp.essentialcontacts.contact.
 * The live collector reads metrics and alert policies from the Logging and Monitoring APIs and turns
 * them into records of these types, so both paths go through these mappers.
 */
import { gcpAlertPolicy, gcpEssentialContact, gcpLogMetric } from '../../../../inventory/gcp/monitoring.js';
import { unknown } from '../../../../model/unknown.js';
import { isRecord, str } from '../../json-file.js';
import { lastSegment } from '../names.js';
import { flag, list, mapList, obj } from './fields.js';
import { mapperFields, type CaiMapper } from './types.js';

/** The metric's own name: after `/metrics/` in the CAI name (metric names may hold slashes). */
function metricName(data: Record<string, unknown>, caiName: string): string {
  const fromData = str(data.name);
  if (fromData !== undefined) return fromData.replace(/^projects\/[^/]+\/metrics\//, '');
  const i = caiName.indexOf('/metrics/');
  return i < 0 ? lastSegment(caiName) : decodeURIComponent(caiName.slice(i + '/metrics/'.length));
}

export const logMetricMapper: CaiMapper = {
  ...mapperFields(gcpLogMetric),
  fromData(data, { rec }) {
    const name = metricName(data, rec.name);
    return {
      config: {
        filter: data.filter ?? unknown('the log metric record has no filter'),
        disabled: flag(data.disabled),
        metricType: str(obj(data.metricDescriptor).type) ?? `logging.googleapis.com/user/${name}`,
      },
      name,
    };
  },
};

/** Condition kinds by the field that carries them, with the field holding the filter or query. */
const CONDITION_KINDS: readonly [string, string, string][] = [
  ['conditionThreshold', 'threshold', 'filter'],
  ['conditionAbsent', 'absent', 'filter'],
  ['conditionMonitoringQueryLanguage', 'mql', 'query'],
  ['conditionPrometheusQueryLanguage', 'promql', 'query'],
  ['conditionMatchedLog', 'log-match', 'filter'],
];

function conditionOf(c: Record<string, unknown>): unknown {
  for (const [field, kind, text] of CONDITION_KINDS) {
    const body = c[field];
    if (isRecord(body)) return { kind, filter: str(body[text]) ?? '' };
  }
  return { kind: 'other', filter: '' };
}

export const alertPolicyMapper: CaiMapper = {
  ...mapperFields(gcpAlertPolicy),
  fromData(data, { rec }) {
    return {
      config: {
        enabled:
          data.enabled ??
          unknown('the alert policy record does not say whether it is enabled (the API leaves it unset)'),
        conditions: mapList(data.conditions, conditionOf),
        notificationChannels: list(data.notificationChannels),
      },
      name: str(data.displayName) ?? lastSegment(rec.name),
    };
  },
};

export const essentialContactMapper: CaiMapper = {
  ...mapperFields(gcpEssentialContact),
  fromData(data, { rec }) {
    return {
      config: {
        email: data.email ?? unknown('the contact record has no email'),
        notificationCategorySubscriptions: list(data.notificationCategorySubscriptions),
        validationState: data.validationState ?? 'VALIDATION_STATE_UNSPECIFIED',
      },
      name: str(data.email) ?? lastSegment(rec.name),
    };
  },
};
