/**
 * Test support: recorded CloudWatch Logs metric filters, CloudWatch alarms and the SNS topics they
 * notify, for the CIS monitoring checks. `monitoringEmptyRecordings` answers every region with none;
 * `monitoringRecordings` gives eu-west-1 a trail delivering to a log group with four filters (over two
 * pages), four alarms and two topics — `fixtures/monitoring-config-snapshot.json` is the same estate as
 * AWS Config records it (alarms, topics and the trail; no metric filters).
 */
import type { Recording } from './replay-server.js';

const ACCOUNT = '111122223333';
const REGION = 'eu-west-1';
export const LOG_GROUP = 'trail-events';
const topicArn = (name: string) => `arn:aws:sns:${REGION}:${ACCOUNT}:${name}`;
const alarmArn = (name: string) => `arn:aws:cloudwatch:${REGION}:${ACCOUNT}:alarm:${name}`;

/** No filters and no alarms, in every region. */
export function monitoringEmptyRecordings(): Recording[] {
  return [
    { service: 'logs', operation: 'DescribeMetricFilters', output: { metricFilters: [] } },
    { service: 'monitoring', operation: 'DescribeAlarms', output: { MetricAlarms: [] } },
  ];
}

const filter = (filterName: string, filterPattern: string, metricName: string, logGroupName = LOG_GROUP) => ({
  filterName,
  filterPattern,
  logGroupName,
  creationTime: 1780000000000,
  metricTransformations: [{ metricName, metricNamespace: 'CISBenchmark', metricValue: '1' }],
});

const alarm = (name: string, metricName: string, actions: string[], enabled = true) => ({
  AlarmName: name,
  AlarmArn: alarmArn(name),
  ActionsEnabled: enabled,
  OKActions: [],
  AlarmActions: actions,
  InsufficientDataActions: [],
  StateValue: 'OK',
  MetricName: metricName,
  Namespace: 'CISBenchmark',
  Statistic: 'Sum',
  Dimensions: [],
  Period: 300,
  EvaluationPeriods: 1,
  Threshold: 1,
  ComparisonOperator: 'GreaterThanOrEqualToThreshold',
});

/**
 * Unauthorized calls and root use are alarmed to a subscribed topic (pass); IAM policy changes have an
 * alarm whose actions are disabled; sign-in without MFA notifies a topic nobody confirmed; a root filter
 * on another log group does not count; every other check has no filter.
 */
export function monitoringRecordings(): Recording[] {
  const r = REGION;
  return [
    {
      service: 'cloudtrail',
      operation: 'DescribeTrails',
      region: r,
      output: {
        trailList: [
          {
            Name: 'main',
            S3BucketName: 'nw-logs',
            IncludeGlobalServiceEvents: true,
            IsMultiRegionTrail: true,
            HomeRegion: r,
            TrailARN: `arn:aws:cloudtrail:${r}:${ACCOUNT}:trail/main`,
            LogFileValidationEnabled: false,
            CloudWatchLogsLogGroupArn: `arn:aws:logs:${r}:${ACCOUNT}:log-group:${LOG_GROUP}:*`,
            CloudWatchLogsRoleArn: `arn:aws:iam::${ACCOUNT}:role/trail-to-logs`,
            HasCustomEventSelectors: true,
            HasInsightSelectors: false,
            IsOrganizationTrail: false,
          },
        ],
      },
    },
    {
      service: 'logs',
      operation: 'DescribeMetricFilters',
      region: r,
      when: (p) => p.nextToken === undefined,
      output: {
        metricFilters: [
          filter(
            'unauthorized-api-calls',
            '{($.errorCode="AccessDenied*")||($.errorCode="*UnauthorizedOperation")}',
            'UnauthorizedApiCalls',
          ),
          filter(
            'iam-policy-changes',
            '{ ($.eventName=DeleteGroupPolicy) || ($.eventName=DeleteRolePolicy) || ($.eventName=DeleteUserPolicy) || ($.eventName=PutGroupPolicy) || ($.eventName=PutRolePolicy) || ($.eventName=PutUserPolicy) || ($.eventName=CreatePolicy) || ($.eventName=DeletePolicy) || ($.eventName=CreatePolicyVersion) || ($.eventName=DeletePolicyVersion) || ($.eventName=AttachRolePolicy) || ($.eventName=DetachRolePolicy) || ($.eventName=AttachUserPolicy) || ($.eventName=DetachUserPolicy) || ($.eventName=AttachGroupPolicy) || ($.eventName=DetachGroupPolicy) }',
            'IamPolicyChanges',
          ),
          filter(
            'app-root',
            '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }',
            'AppRoot',
            'app-logs',
          ),
        ],
        nextToken: 'page-2',
      },
    },
    {
      service: 'logs',
      operation: 'DescribeMetricFilters',
      region: r,
      when: (p) => p.nextToken === 'page-2',
      output: {
        metricFilters: [
          filter(
            'root-usage',
            '{ $.eventType != "AwsServiceEvent" && $.userIdentity.invokedBy NOT EXISTS && $.userIdentity.type = "Root" }',
            'RootUsage',
          ),
          filter(
            'console-no-mfa',
            '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") && ($.userIdentity.type = "IAMUser") && ($.responseElements.ConsoleLogin = "Success") }',
            'ConsoleNoMfa',
          ),
        ],
      },
    },
    {
      service: 'monitoring',
      operation: 'DescribeAlarms',
      region: r,
      output: {
        MetricAlarms: [
          alarm('unauthorized-api-calls', 'UnauthorizedApiCalls', [topicArn('security-alerts')]),
          alarm('root-usage', 'RootUsage', [topicArn('security-alerts')]),
          alarm('iam-policy-changes', 'IamPolicyChanges', [topicArn('security-alerts')], false),
          alarm('console-no-mfa', 'ConsoleNoMfa', [topicArn('unheard')]),
          alarm('app-root', 'AppRoot', []),
        ],
      },
    },
    {
      service: 'sns',
      operation: 'ListTopics',
      region: r,
      output: { Topics: [{ TopicArn: topicArn('security-alerts') }, { TopicArn: topicArn('unheard') }] },
    },
    ...['security-alerts', 'unheard'].map((name): Recording => ({
      service: 'sns',
      operation: 'GetTopicAttributes',
      region: r,
      when: (p) => p.TopicArn === topicArn(name),
      output: {
        Attributes: {
          TopicArn: topicArn(name),
          Owner: ACCOUNT,
          KmsMasterKeyId: 'alias/aws/sns',
          SubscriptionsConfirmed: name === 'unheard' ? '0' : '2',
          SubscriptionsPending: name === 'unheard' ? '1' : '0',
          SubscriptionsDeleted: '0',
        },
      },
    })),
  ];
}
