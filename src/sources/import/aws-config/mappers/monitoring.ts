/**
 * AWS::CloudWatch::Alarm (AWS Config records it, in the CloudWatch API's spelling with a lower-case
 * first letter: `alarmActions`, `metricName`) and AWS::Logs::MetricFilter — a type name of our own for
 * the items only the live collector builds from `logs:DescribeMetricFilters`, since AWS Config does not
 * record metric filters.
 */
import type { SourceRef } from '../../../../model/asset.js';
import { unknown } from '../../../../model/unknown.js';
import { metricFilterUid } from '../../../../inventory/aws/monitoring.js';
import type { ConfigItem } from '../item.js';
import { partitionOfItem } from './account.js';
import { asBool, asString, asStrings, at, records, SectionReader } from './fields.js';
import { candidateFromItem, type ConfigItemMapper, type MappedCandidate } from './types.js';

/** `{namespace, metricName}` pairs of a metric-math alarm's queries (`metrics[].metricStat.metric`). */
function queryMetrics(queries: Record<string, unknown>[]): { namespace: string; metricName: string }[] {
  const out: { namespace: string; metricName: string }[] = [];
  for (const q of queries) {
    const namespace = asString(at(q, 'metricStat.metric.namespace'));
    const metricName = asString(at(q, 'metricStat.metric.metricName'));
    if (namespace !== undefined && metricName !== undefined) out.push({ namespace, metricName });
  }
  return out;
}

export function mapCloudWatchAlarm(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const name = asString(c.get('alarmName')) ?? item.resourceName ?? item.resourceId;
  const uid =
    item.arn ??
    asString(c.get('alarmArn')) ??
    `arn:${partitionOfItem(item)}:cloudwatch:${item.region}:${item.accountId}:alarm:${name}`;
  const metricName = asString(c.get('metricName'));
  const namespace = asString(c.get('namespace'));
  let metrics: unknown;
  if (metricName !== undefined && namespace !== undefined) metrics = [{ namespace, metricName }];
  else if (Array.isArray(c.get('metrics'))) metrics = queryMetrics(records(c.get('metrics')));
  else if (item.configuration === undefined) metrics = c.missing('metricName');
  else
    metrics = unknown(
      'the AWS Config record names no metric (a metric-math alarm: its queries are not recorded)',
    );
  const config = {
    metrics,
    // The API leaves out an empty action list; the record is complete once it names the alarm.
    alarmActions: c.has('alarmActions')
      ? (asStrings(c.get('alarmActions')) ?? c.get('alarmActions'))
      : c.has('alarmName')
        ? []
        : c.missing('alarmActions'),
    actionsEnabled: c.required('actionsEnabled', asBool),
  };
  const candidate = candidateFromItem(item, source, uid, config, []);
  candidate.name = name;
  return [{ type: 'aws.cloudwatch.alarm', candidate }];
}

export function mapMetricFilter(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const logGroupName = asString(c.get('logGroupName')) ?? '';
  const filterName = asString(c.get('filterName')) ?? item.resourceName ?? item.resourceId;
  const config = {
    logGroupName: c.required('logGroupName', asString),
    // An empty pattern matches every event; the API may leave it out then.
    filterPattern:
      asString(c.get('filterPattern')) ?? (c.has('filterName') ? '' : c.missing('filterPattern')),
    metrics: c.list('metricTransformations', (ts) =>
      ts.flatMap((t) => {
        const namespace = asString(t.metricNamespace);
        const metricName = asString(t.metricName);
        return namespace === undefined || metricName === undefined ? [] : [{ namespace, metricName }];
      }),
    ),
  };
  const uid = metricFilterUid(partitionOfItem(item), item.region, item.accountId, logGroupName, filterName);
  const candidate = candidateFromItem(item, source, uid, config, []);
  candidate.name = filterName;
  return [{ type: 'aws.logs.metric-filter', candidate }];
}

export const monitoringMappers: Record<string, ConfigItemMapper> = {
  'AWS::CloudWatch::Alarm': mapCloudWatchAlarm,
  'AWS::Logs::MetricFilter': mapMetricFilter,
};
