/**
 * CloudWatch in one region, for the CIS monitoring checks: the CloudWatch Logs metric filters (every
 * page of `DescribeMetricFilters`; AWS Config does not record them) and the metric alarms (every page of
 * `DescribeAlarms`, as AWS Config records them). Each becomes an AWS Config-shaped item mapped by the
 * importer's own mappers. Whether an alarm's SNS topic has a subscriber comes from the SNS collector
 * (`GetTopicAttributes` `SubscriptionsConfirmed`).
 */
import { CloudWatchClient, paginateDescribeAlarms, type MetricAlarm } from '@aws-sdk/client-cloudwatch';
import {
  CloudWatchLogsClient,
  paginateDescribeMetricFilters,
  type MetricFilter,
} from '@aws-sdk/client-cloudwatch-logs';
import type { RegionScope } from '../scope.js';
import { configRecord } from '../shape.js';

/** Metric filters of every log group in the region; true when all were listed. */
async function collectMetricFilters(s: RegionScope): Promise<boolean> {
  const client = s.client('logs', (c) => new CloudWatchLogsClient(c));
  const listed = await s.call('logs', 'DescribeMetricFilters', async () => {
    const out: MetricFilter[] = [];
    for await (const page of paginateDescribeMetricFilters({ client }, {}))
      out.push(...(page.metricFilters ?? []));
    return out;
  });
  if (!listed.ok) return false;
  for (const f of listed.value) {
    const name = f.filterName ?? '';
    s.item({
      resourceType: 'AWS::Logs::MetricFilter',
      resourceId: `${f.logGroupName ?? ''}:${name}`,
      resourceName: name,
      awsRegion: s.region,
      // The API's own spelling is already camelCase (`filterPattern`, `metricTransformations`).
      configuration: configRecord(f),
    });
  }
  return true;
}

/** Metric alarms of the region; true when all were listed. */
async function collectAlarms(s: RegionScope): Promise<boolean> {
  const client = s.client('monitoring', (c) => new CloudWatchClient(c));
  const listed = await s.call('monitoring', 'DescribeAlarms', async () => {
    const out: MetricAlarm[] = [];
    for await (const page of paginateDescribeAlarms({ client }, { AlarmTypes: ['MetricAlarm'] }))
      out.push(...(page.MetricAlarms ?? []));
    return out;
  });
  if (!listed.ok) return false;
  for (const a of listed.value) {
    const name = a.AlarmName ?? '';
    s.item({
      resourceType: 'AWS::CloudWatch::Alarm',
      resourceId: name,
      resourceName: name,
      ...(a.AlarmArn === undefined ? {} : { arn: a.AlarmArn }),
      awsRegion: s.region,
      configuration: configRecord(a),
    });
  }
  return true;
}

/** The asset types listed completely in the region. */
export async function collectMonitoring(s: RegionScope): Promise<string[]> {
  const [filters, alarms] = await Promise.all([collectMetricFilters(s), collectAlarms(s)]);
  return [...(filters ? ['aws.logs.metric-filter'] : []), ...(alarms ? ['aws.cloudwatch.alarm'] : [])];
}
