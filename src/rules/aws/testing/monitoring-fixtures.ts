/**
 * Test cases shared by the CIS monitoring rules (`aws-cloudwatch-alarm-*`): each rule is run through the
 * same chain (trail → log group → metric filter → alarm → subscribed topic), with its own check's
 * pattern, broken at each link in turn.
 */
import type { AnyAsset } from '../../../model/asset.js';
import type { ConfigOf } from '../../../inventory/types.js';
import { metricFilterUid } from '../../../inventory/aws/monitoring.js';
import { unknown } from '../../../model/unknown.js';
import type { AnyRule } from '../../api.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { monitoringCheck } from '../cloudwatch/monitoring-checks.js';
import { secureSnsTopic } from './app-fixtures.js';
import { ACCOUNT_ID, secureAccount, secureTrail } from './identity-fixtures.js';

const REGION = 'us-east-1';
const TOPIC = `arn:aws:sns:${REGION}:${ACCOUNT_ID}:security-alerts`;
const COMPLETE = ['aws.logs.metric-filter', 'aws.cloudwatch.alarm', 'aws.sns.topic'];

const account = (config: Partial<ConfigOf<'aws.account'>> = {}) =>
  assetOf(
    'aws.account',
    { ...secureAccount, ...config },
    { name: ACCOUNT_ID, region: 'global', account: ACCOUNT_ID, uid: `arn:aws:iam::${ACCOUNT_ID}:root` },
  );
const trail = (config: Partial<ConfigOf<'aws.cloudtrail.trail'>> = {}, name = 'main') =>
  assetOf(
    'aws.cloudtrail.trail',
    { ...secureTrail, ...config },
    {
      name,
      account: ACCOUNT_ID,
      region: REGION,
      uid: `arn:aws:cloudtrail:${REGION}:${ACCOUNT_ID}:trail/${name}`,
    },
  );
const filter = (pattern: string, logGroupName = 'cloudtrail', metricName = 'Watched') =>
  assetOf(
    'aws.logs.metric-filter',
    { logGroupName, filterPattern: pattern, metrics: [{ namespace: 'CISBenchmark', metricName }] },
    {
      name: 'cis-filter',
      account: ACCOUNT_ID,
      region: REGION,
      uid: metricFilterUid('aws', REGION, ACCOUNT_ID, logGroupName, 'cis-filter'),
    },
  );
/** A metric alarm on the filter metric `CISBenchmark/Watched`, notifying the test topic. */
export const alarmAsset = (config: Partial<ConfigOf<'aws.cloudwatch.alarm'>> = {}) =>
  assetOf(
    'aws.cloudwatch.alarm',
    {
      metrics: [{ namespace: 'CISBenchmark', metricName: 'Watched' }],
      alarmActions: [TOPIC],
      actionsEnabled: true,
      ...config,
    },
    {
      name: 'cis-alarm',
      account: ACCOUNT_ID,
      region: REGION,
      uid: `arn:aws:cloudwatch:${REGION}:${ACCOUNT_ID}:alarm:cis-alarm`,
    },
  );
const topic = (config: Partial<ConfigOf<'aws.sns.topic'>> = {}) =>
  assetOf(
    'aws.sns.topic',
    { ...secureSnsTopic, ...config },
    { name: 'security-alerts', account: ACCOUNT_ID, region: REGION, uid: TOPIC },
  );

/** A pattern equivalent to `pattern`, written differently: no spaces around operators, every value quoted. */
const respelled = (pattern: string) =>
  pattern.replace(/\s*(\|\||&&|!=|=|\(|\)|\{|\})\s*/g, '$1').replace(/=([A-Za-z][\w.]*)\)/g, '="$1")');

/** Valid, invalid and unknown cases for the monitoring rule of check `slug`. */
export function monitoringRuleTests(rule: AnyRule, slug: string): void {
  const { pattern, watches } = monitoringCheck(slug);
  const chain = (over: { pattern?: string; alarm?: AnyAsset; topic?: AnyAsset } = {}): AnyAsset[] => [
    filter(over.pattern ?? pattern),
    over.alarm ?? alarmAsset(),
    over.topic ?? topic(),
  ];
  runRuleTests(rule, {
    valid: [
      {
        name: "CIS's own pattern, alarmed and subscribed",
        asset: account(),
        related: [trail(), ...chain()],
        complete: COMPLETE,
      },
      {
        name: 'the same pattern respelled, reached through the second of two trails',
        asset: account(),
        related: [
          trail({ multiRegion: false }, 'regional'),
          trail(),
          ...chain({ pattern: respelled(pattern) }),
        ],
        complete: COMPLETE,
      },
    ],
    invalid: [
      {
        name: 'the only trail is single-region',
        asset: account(),
        related: [trail({ multiRegion: false }), ...chain()],
        complete: COMPLETE,
        messageId: 'noTrail',
        message: `Account ${ACCOUNT_ID} has no logging multi-region CloudTrail trail recording all management events to watch for ${watches} (main: single-region)`,
      },
      {
        name: 'the trail does not send events to CloudWatch Logs',
        asset: account(),
        related: [trail({ cloudWatchLogsLogGroupArn: null }), ...chain()],
        complete: COMPLETE,
        messageId: 'noLogGroup',
      },
      {
        name: 'the metric filter catches other events',
        asset: account(),
        related: [trail(), ...chain({ pattern: '{ $.eventName = "GetObject" }' })],
        complete: COMPLETE,
        messageId: 'noFilter',
        message: `Account ${ACCOUNT_ID}: no metric filter on log group cloudtrail (trail main) catches ${watches}`,
      },
      {
        name: 'the right filter, on another log group',
        asset: account(),
        related: [trail(), filter(pattern, 'app-logs'), alarmAsset(), topic()],
        complete: COMPLETE,
        messageId: 'noFilter',
      },
      {
        name: "the alarm's actions are disabled",
        asset: account(),
        related: [trail(), ...chain({ alarm: alarmAsset({ actionsEnabled: false }) })],
        complete: COMPLETE,
        messageId: 'noAlarm',
      },
      {
        name: 'the alarm watches another metric',
        asset: account(),
        related: [
          trail(),
          ...chain({ alarm: alarmAsset({ metrics: [{ namespace: 'CISBenchmark', metricName: 'Other' }] }) }),
        ],
        complete: COMPLETE,
        messageId: 'noAlarm',
      },
      {
        name: 'nobody is subscribed to the topic',
        asset: account(),
        related: [trail(), ...chain({ topic: topic({ confirmedSubscriptions: 0 }) })],
        complete: COMPLETE,
        messageId: 'noSubscriber',
        message: `Account ${ACCOUNT_ID}: alarm cis-alarm on ${watches} notifies no SNS topic with a confirmed subscription`,
      },
    ],
    unknown: [
      {
        name: 'metric filters not listed (an AWS Config import)',
        asset: account(),
        related: [trail(), alarmAsset(), topic()],
        complete: ['aws.cloudwatch.alarm', 'aws.sns.topic'],
        field: 'metricFilters',
      },
      {
        name: "the topic's subscriptions were not read",
        asset: account(),
        related: [trail(), ...chain({ topic: topic({ confirmedSubscriptions: unknown('denied') }) })],
        complete: COMPLETE,
        field: 'confirmedSubscriptions',
      },
      {
        name: 'the trail could be the one, but its logging status is unknown',
        asset: account(),
        related: [trail({ isLogging: unknown('AWS Config does not record it') }), ...chain()],
        complete: COMPLETE,
        field: 'isLogging',
      },
      {
        name: 'no trail, in a source that cannot list every trail',
        asset: account({ trailsListed: unknown('an AWS Config file shows only its regions') }),
        complete: COMPLETE,
        field: 'trailsListed',
      },
    ],
  });
}
