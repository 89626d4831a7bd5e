/**
 * Test support: recorded AWS Backup plan and selection, DynamoDB tag and Application Auto Scaling, and
 * DAX responses for the replayed estate (account 111122223333, eu-west-1), as the SDK returns them, and
 * the REST-JSON routes of the Backup plan operations. `fixtures/backup-data-config-snapshot.json`
 * describes the same plans, selections and resources as AWS Config exports them (DAX and scaling
 * targets are not AWS Config resource types).
 *
 * The estate: plan `daily` selects every EBS volume and, by a tag condition, resources tagged
 * backup=daily (the `orders` table); plan `weekly` selects every RDS instance but the `orders` one.
 * The `sessions` table is provisioned with read auto scaling only. DAX: `cache` is encrypted at rest
 * and in transit, `legacy-cache` neither.
 */
import type { Recording } from './replay-server.js';

const ACCOUNT = '111122223333';
const R = 'eu-west-1';
const arn = (service: string, resource: string) => `arn:aws:${service}:${R}:${ACCOUNT}:${resource}`;
const ROLE = `arn:aws:iam::${ACCOUNT}:role/service-role/AWSBackupDefaultServiceRole`;

/** REST-JSON routes of the Backup plan operations (spliced into the replay server's `backup` routes). */
export const BACKUP_PLAN_ROUTES = [
  { method: 'GET', path: /^\/backup\/plans\/?$/, operation: 'ListBackupPlans' },
  { method: 'GET', path: /^\/backup\/plans\/([^/]+)\/?$/, operation: 'GetBackupPlan', label: 'BackupPlanId' },
  {
    method: 'GET',
    path: /^\/backup\/plans\/([^/]+)\/selections\/?$/,
    operation: 'ListBackupSelections',
    label: 'BackupPlanId',
  },
  {
    method: 'GET',
    path: /^\/backup\/plans\/[^/]+\/selections\/([^/]+)\/?$/,
    operation: 'GetBackupSelection',
    label: 'SelectionId',
  },
];

const noConditions = { StringEquals: [], StringNotEquals: [], StringLike: [], StringNotLike: [] };

/** Selections by id: plan, name and the API's BackupSelection. */
export const SELECTIONS: Record<string, { plan: string; name: string; selection: Record<string, unknown> }> =
  {
    'sel-volumes': {
      plan: 'plan-daily',
      name: 'all-volumes',
      selection: {
        Resources: ['arn:aws:ec2:*:*:volume/*'],
        NotResources: [],
        ListOfTags: [],
        Conditions: noConditions,
      },
    },
    'sel-tagged': {
      plan: 'plan-daily',
      name: 'tagged-daily',
      selection: {
        Resources: ['*'],
        NotResources: [],
        ListOfTags: [],
        Conditions: {
          ...noConditions,
          StringEquals: [{ ConditionKey: 'aws:ResourceTag/backup', ConditionValue: 'daily' }],
        },
      },
    },
    'sel-rds': {
      plan: 'plan-weekly',
      name: 'rds-but-orders',
      selection: {
        Resources: ['arn:aws:rds:*:*:db:*'],
        NotResources: [arn('rds', 'db:orders')],
        ListOfTags: [],
        Conditions: noConditions,
      },
    },
  };

const PLANS: Record<string, { name: string; schedule: string; days: number }> = {
  'plan-daily': { name: 'daily', schedule: 'cron(0 5 ? * * *)', days: 35 },
  'plan-weekly': { name: 'weekly', schedule: 'cron(0 5 ? * 1 *)', days: 90 },
};

/** The estate's answers in eu-west-1 (put them before `backupDataEmptyRecordings`). */
export function backupDataRecordings(): Recording[] {
  return [
    {
      service: 'backup',
      operation: 'ListBackupPlans',
      region: R,
      when: (p) => p.nextToken === undefined,
      output: {
        NextToken: 'page-2',
        BackupPlansList: [
          {
            BackupPlanId: 'plan-daily',
            BackupPlanArn: arn('backup', 'backup-plan:plan-daily'),
            BackupPlanName: 'daily',
            VersionId: 'v1',
          },
        ],
      },
    },
    {
      service: 'backup',
      operation: 'ListBackupPlans',
      region: R,
      when: (p) => p.nextToken === 'page-2',
      output: {
        BackupPlansList: [
          {
            BackupPlanId: 'plan-weekly',
            BackupPlanArn: arn('backup', 'backup-plan:plan-weekly'),
            BackupPlanName: 'weekly',
            VersionId: 'v1',
          },
        ],
      },
    },
    {
      service: 'backup',
      operation: 'GetBackupPlan',
      region: R,
      output: (req) => {
        const id = String(req.params.BackupPlanId);
        const p = PLANS[id]!;
        return {
          BackupPlanId: id,
          BackupPlanArn: arn('backup', `backup-plan:${id}`),
          VersionId: 'v1',
          BackupPlan: {
            BackupPlanName: p.name,
            Rules: [
              {
                RuleName: `${p.name}-rule`,
                TargetBackupVaultName: 'Default',
                ScheduleExpression: p.schedule,
                Lifecycle: { DeleteAfterDays: p.days },
              },
            ],
          },
        };
      },
    },
    {
      service: 'backup',
      operation: 'ListBackupSelections',
      region: R,
      output: (req) => ({
        BackupSelectionsList: Object.entries(SELECTIONS)
          .filter(([, s]) => s.plan === req.params.BackupPlanId)
          .map(([id, s]) => ({
            SelectionId: id,
            SelectionName: s.name,
            BackupPlanId: s.plan,
            IamRoleArn: ROLE,
          })),
      }),
    },
    {
      service: 'backup',
      operation: 'GetBackupSelection',
      region: R,
      output: (req) => {
        const id = String(req.params.SelectionId);
        const s = SELECTIONS[id]!;
        return {
          SelectionId: id,
          BackupPlanId: s.plan,
          BackupSelection: { SelectionName: s.name, IamRoleArn: ROLE, ...s.selection },
        };
      },
    },
    {
      service: 'dynamodb',
      operation: 'ListTagsOfResource',
      region: R,
      output: (req) => ({
        Tags: String(req.params.ResourceArn).endsWith('/orders') ? [{ Key: 'backup', Value: 'daily' }] : [],
      }),
    },
    {
      service: 'application-autoscaling',
      operation: 'DescribeScalableTargets',
      region: R,
      output: {
        ScalableTargets: [
          {
            ServiceNamespace: 'dynamodb',
            ResourceId: 'table/sessions',
            ScalableDimension: 'dynamodb:table:ReadCapacityUnits',
            MinCapacity: 5,
            MaxCapacity: 100,
            RoleARN: `arn:aws:iam::${ACCOUNT}:role/aws-service-role/dynamodb.application-autoscaling.amazonaws.com/AWSServiceRoleForApplicationAutoScaling_DynamoDBTable`,
            CreationTime: new Date('2025-01-01T00:00:00Z'),
          },
        ],
      },
    },
    {
      service: 'dax',
      operation: 'DescribeClusters',
      region: R,
      output: {
        Clusters: [
          {
            ClusterName: 'cache',
            ClusterArn: arn('dax', 'cache/cache'),
            Status: 'available',
            SSEDescription: { Status: 'ENABLED' },
            ClusterEndpointEncryptionType: 'TLS',
          },
          {
            ClusterName: 'legacy-cache',
            ClusterArn: arn('dax', 'cache/legacy-cache'),
            Status: 'available',
            SSEDescription: { Status: 'DISABLED' },
            ClusterEndpointEncryptionType: 'NONE',
          },
        ],
      },
    },
  ];
}

/** Empty answers for every region (the shared estate has no plans, DAX clusters, scaling targets or table tags). */
export function backupDataEmptyRecordings(): Recording[] {
  return [
    { service: 'backup', operation: 'ListBackupPlans', output: { BackupPlansList: [] } },
    { service: 'dynamodb', operation: 'ListTagsOfResource', output: { Tags: [] } },
    {
      service: 'application-autoscaling',
      operation: 'DescribeScalableTargets',
      output: { ScalableTargets: [] },
    },
    { service: 'dax', operation: 'DescribeClusters', output: { Clusters: [] } },
  ];
}
