/**
 * CloudWatch Logs metric filters and CloudWatch metric alarms: what the CIS monitoring checks read to
 * tell whether a CloudTrail log group is watched for an event pattern, and who is told. AWS Config
 * records alarms (`AWS::CloudWatch::Alarm`) but not metric filters, so filters come from a live scan
 * (`logs:DescribeMetricFilters`) only.
 */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

/** `arn:aws:logs:eu-west-1:111122223333:log-group:trail-events:metric-filter:root-usage` (metric filters have no ARN of their own). */
export function metricFilterUid(
  partition: string,
  region: string,
  account: string,
  logGroupName: string,
  filterName: string,
): string {
  return `arn:${partition}:logs:${region}:${account}:log-group:${logGroupName}:metric-filter:${filterName}`;
}

const metricSchema = z.object({ namespace: z.string(), metricName: z.string() });
export type MetricRef = z.infer<typeof metricSchema>;

export const logsMetricFilter = defineAssetType({
  type: 'aws.logs.metric-filter',
  provider: 'aws',
  title: 'CloudWatch Logs metric filter',
  config: z.object({
    logGroupName: maybe(z.string()),
    /** The filter pattern as written (`{ ($.eventName = ConsoleLogin) && ... }`); '' matches every event. */
    filterPattern: maybe(z.string()),
    /** The metrics the filter publishes to. */
    metrics: maybe(z.array(metricSchema)),
  }),
});

export const cloudWatchAlarm = defineAssetType({
  type: 'aws.cloudwatch.alarm',
  provider: 'aws',
  title: 'CloudWatch alarm',
  config: z.object({
    /** The metrics the alarm watches: its own metric, or the metrics of a metric-math alarm's queries. */
    metrics: maybe(z.array(metricSchema)),
    /** ARNs notified or acted on when the alarm enters the ALARM state. */
    alarmActions: maybe(z.array(z.string())),
    /** False when the alarm's actions are disabled (it changes state but notifies nobody). */
    actionsEnabled: maybe(z.boolean()),
  }),
});

export const monitoringAssetTypes = [logsMetricFilter, cloudWatchAlarm] as const;
