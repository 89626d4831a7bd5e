/**
 * The chain every CIS monitoring check walks, for one account: a multi-region trail that is logging all
 * management events → its CloudWatch Logs log group → a metric filter on that group whose pattern
 * catches the check's events → an alarm with actions enabled on the filter's metric → an SNS topic with
 * a confirmed subscription among the alarm's actions. Pure: it reads the inventory through the rule
 * context and returns where the best chain stopped, or the gaps that keep us from knowing.
 */
import { isUnknown } from '../../../model/unknown.js';
import type { MetricRef } from '../../../inventory/aws/monitoring.js';
import type { AssetOf } from '../../../inventory/types.js';
import type { RuleContext } from '../../api.js';
import { patternCovers, type Requirement } from './filter-pattern.js';

type Trail = AssetOf<'aws.cloudtrail.trail'>;
type Ctx = Pick<RuleContext<string>, 'assets' | 'covered'>;

export interface Gap {
  field: string;
  reason: string;
  /** How far down the chain the gap is (deeper gaps name the more specific missing data). */
  depth: number;
}

/** Where the chain stopped, in order: the later, the closer to passing. */
export type Stop =
  | { stage: 'noTrail'; trails: string }
  | { stage: 'noLogGroup'; trails: string }
  | { stage: 'noFilter'; trail: string; logGroup: string }
  | { stage: 'noAlarm'; filters: string }
  | { stage: 'noSubscriber'; alarms: string };
const STAGES: readonly Stop['stage'][] = ['noTrail', 'noLogGroup', 'noFilter', 'noAlarm', 'noSubscriber'];

export type ChainResult =
  { ok: true; evidence: Record<string, string> } | { ok: false; stop: Stop; gaps: Gap[] };

interface Chain {
  passed?: Record<string, string>;
  stop?: Stop;
  gaps: Gap[];
}

const later = (a: Stop | undefined, b: Stop | undefined) =>
  a === undefined ? b : b === undefined ? a : STAGES.indexOf(b.stage) > STAGES.indexOf(a.stage) ? b : a;

/** `arn:aws:logs:eu-west-1:111122223333:log-group:trail-events:*` → its parts. */
export function logGroupOf(arn: string): { account: string; region: string; name: string } | undefined {
  const m = /^arn:[^:]+:logs:([^:]+):(\d{12}):log-group:([^:]+)(?::\*)?$/.exec(arn);
  return m === null ? undefined : { region: m[1]!, account: m[2]!, name: m[3]! };
}

/** `arn:aws:sns:eu-west-1:111122223333:alerts` → account and region, or undefined for other actions. */
function snsTopicOf(arn: string): { account: string; region: string } | undefined {
  const m = /^arn:[^:]+:sns:([^:]+):(\d{12}):[^:]+$/.exec(arn);
  return m === null ? undefined : { region: m[1]!, account: m[2]! };
}

/** The trail's own qualification: reasons it cannot count, and fields we could not read. */
function trailVerdict(trail: Trail): { reasons: string[]; gaps: Gap[] } {
  const reasons: string[] = [];
  const gaps: Gap[] = [];
  const { multiRegion, isLogging, managementEvents } = trail.config;
  const gap = (field: string, why: string) =>
    gaps.push({ field, reason: `trail ${trail.name}: ${why}`, depth: 0 });
  if (isUnknown(multiRegion)) gap('multiRegion', multiRegion.$unknown);
  else if (!multiRegion) reasons.push('single-region');
  if (isUnknown(isLogging)) gap('isLogging', isLogging.$unknown);
  else if (!isLogging) reasons.push('not logging');
  if (isUnknown(managementEvents)) gap('managementEvents', managementEvents.$unknown);
  else if (managementEvents !== 'all') reasons.push(`management events: ${managementEvents}`);
  return { reasons, gaps };
}

/** Alarms on `metrics` → the first with an enabled action on a subscribed SNS topic. */
function alarmChain(
  ctx: Ctx,
  where: { account: string; region: string },
  filters: AssetOf<'aws.logs.metric-filter'>[],
  depth: number,
): Chain {
  const gaps: Gap[] = [];
  const key = (m: MetricRef) => `${m.namespace}\u0000${m.metricName}`;
  const wanted = new Map<string, string>();
  for (const f of filters) {
    if (isUnknown(f.config.metrics))
      gaps.push({ field: 'metrics', reason: `metric filter ${f.name}: ${f.config.metrics.$unknown}`, depth });
    else for (const m of f.config.metrics) if (!wanted.has(key(m))) wanted.set(key(m), f.uid);
  }
  const alarms = ctx.assets('aws.cloudwatch.alarm', where).filter((a) => {
    if (isUnknown(a.config.metrics)) {
      gaps.push({
        field: 'metrics',
        reason: `alarm ${a.name}: ${a.config.metrics.$unknown}`,
        depth: depth + 1,
      });
      return false;
    }
    return a.config.metrics.some((m) => wanted.has(key(m)));
  });
  const filterNames = filters.map((f) => f.name).join(', ');
  const enabled = alarms.filter((a) => {
    if (isUnknown(a.config.actionsEnabled)) {
      gaps.push({
        field: 'actionsEnabled',
        reason: `alarm ${a.name}: ${a.config.actionsEnabled.$unknown}`,
        depth: depth + 1,
      });
      return false;
    }
    return a.config.actionsEnabled;
  });
  if (enabled.length === 0) {
    if (!ctx.covered('aws.cloudwatch.alarm', where))
      gaps.push({
        field: 'alarms',
        reason: `the source did not list the CloudWatch alarms of ${where.account} in ${where.region} (cloudwatch:DescribeAlarms)`,
        depth: depth + 1,
      });
    return { stop: { stage: 'noAlarm', filters: filterNames }, gaps };
  }
  for (const alarm of enabled) {
    const actions = alarm.config.alarmActions;
    if (isUnknown(actions)) {
      gaps.push({
        field: 'alarmActions',
        reason: `alarm ${alarm.name}: ${actions.$unknown}`,
        depth: depth + 2,
      });
      continue;
    }
    for (const arn of actions) {
      const at = snsTopicOf(arn);
      if (at === undefined) continue;
      const topic = ctx.assets('aws.sns.topic', at).find((t) => t.uid === arn);
      if (topic === undefined) {
        if (!ctx.covered('aws.sns.topic', at))
          gaps.push({
            field: 'topic',
            reason: `SNS topic ${arn} of alarm ${alarm.name} is not in the inventory`,
            depth: depth + 2,
          });
        continue;
      }
      const subs = topic.config.confirmedSubscriptions;
      if (isUnknown(subs)) {
        gaps.push({
          field: 'confirmedSubscriptions',
          reason: `SNS topic ${topic.name}: ${subs.$unknown}`,
          depth: depth + 2,
        });
        continue;
      }
      if (subs > 0) {
        const metric = (alarm.config.metrics as MetricRef[]).find((m) => wanted.has(key(m)))!;
        return {
          passed: { metricFilter: wanted.get(key(metric))!, alarm: alarm.uid, topic: topic.uid },
          gaps,
        };
      }
    }
  }
  return { stop: { stage: 'noSubscriber', alarms: enabled.map((a) => a.name).join(', ') }, gaps };
}

/** From one trail's log group down to a subscribed topic. */
function trailChain(ctx: Ctx, trail: Trail, requirement: Requirement): Chain {
  const arn = trail.config.cloudWatchLogsLogGroupArn;
  if (isUnknown(arn))
    return {
      gaps: [
        { field: 'cloudWatchLogsLogGroupArn', reason: `trail ${trail.name}: ${arn.$unknown}`, depth: 1 },
      ],
    };
  if (arn === null) return { stop: { stage: 'noLogGroup', trails: trail.name }, gaps: [] };
  const group = logGroupOf(arn);
  if (group === undefined)
    return {
      gaps: [
        {
          field: 'cloudWatchLogsLogGroupArn',
          reason: `trail ${trail.name}: not a log group ARN: ${arn}`,
          depth: 1,
        },
      ],
    };
  const where = { account: group.account, region: group.region };
  const gaps: Gap[] = [];
  const matching: AssetOf<'aws.logs.metric-filter'>[] = [];
  for (const f of ctx.assets('aws.logs.metric-filter', where)) {
    const { logGroupName, filterPattern } = f.config;
    if (isUnknown(logGroupName)) {
      gaps.push({
        field: 'logGroupName',
        reason: `metric filter ${f.name}: ${logGroupName.$unknown}`,
        depth: 2,
      });
      continue;
    }
    if (logGroupName !== group.name) continue;
    if (isUnknown(filterPattern)) {
      gaps.push({
        field: 'filterPattern',
        reason: `metric filter ${f.name}: ${filterPattern.$unknown}`,
        depth: 2,
      });
      continue;
    }
    if (patternCovers(filterPattern, requirement)) matching.push(f);
  }
  if (matching.length === 0) {
    if (!ctx.covered('aws.logs.metric-filter', where))
      gaps.push({
        field: 'metricFilters',
        reason:
          `the source did not list the metric filters of log group ${group.name} in ${group.region}: ` +
          'AWS Config does not record metric filters; a live scan reads them with logs:DescribeMetricFilters',
        depth: 2,
      });
    return { stop: { stage: 'noFilter', trail: trail.name, logGroup: group.name }, gaps };
  }
  const down = alarmChain(ctx, where, matching, 3);
  if (down.passed !== undefined) down.passed = { trail: trail.uid, logGroup: arn, ...down.passed };
  return { ...down, gaps: [...gaps, ...down.gaps] };
}

/**
 * Judge one account against a check's requirement. A chain that completes passes; otherwise the
 * result is unknown when a gap could hide a passing chain, and a failure naming the furthest point any
 * chain reached when none could.
 */
export function monitoringChain(
  ctx: Ctx,
  account: AssetOf<'aws.account'>,
  requirement: Requirement,
): ChainResult {
  const trails = ctx.assets('aws.cloudtrail.trail', { account: account.account });
  let stop: Stop | undefined;
  const gaps: Gap[] = [];
  const rejected: string[] = [];
  for (const trail of trails) {
    const verdict = trailVerdict(trail);
    if (verdict.reasons.length > 0) {
      rejected.push(`${trail.name}: ${verdict.reasons.join(', ')}`);
      continue;
    }
    const chain = trailChain(ctx, trail, requirement);
    if (chain.passed !== undefined && verdict.gaps.length === 0) return { ok: true, evidence: chain.passed };
    // A trail whose status is unknown still shows how far its chain gets: a known break there is a
    // failure whatever the trail's status; only a chain that would pass leaves the trail's gaps open.
    if (chain.passed !== undefined) gaps.push(...verdict.gaps);
    else if (chain.gaps.length > 0) gaps.push(...verdict.gaps, ...chain.gaps);
    stop = later(stop, chain.stop);
  }
  // Only a source that listed every trail can show that no trail completes the chain.
  const listed = account.config.trailsListed;
  if (isUnknown(listed)) gaps.push({ field: 'trailsListed', reason: listed.$unknown, depth: 0 });
  else if (!listed)
    gaps.push({
      field: 'trailsListed',
      reason: 'the source did not list every trail of the account',
      depth: 0,
    });
  stop ??= { stage: 'noTrail', trails: rejected.length > 0 ? rejected.join('; ') : 'no trail' };
  return { ok: false, stop, gaps };
}
