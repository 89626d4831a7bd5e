/**
 * Test support: recorded AWS Backup plan and selection, DynamoDB tag and Application Auto Scaling, and
 * DAX responses for the replayed estate (account 111122223333, eu-west-1), as the SDK returns them, and
 * the REST-JSON routes of the Backup plan operations. `fixtures/backup-data-config-snapshot.json`
 * describes the same plans, selections, DMS endpoints and tasks and resources as AWS Config exports
 * them (DAX, scaling targets and Redshift parameter values are not in AWS Config).
 *
 * The estate: plan `daily` selects every EBS volume and, by a tag condition, resources tagged
 * backup=daily (the `orders` table); plan `weekly` selects every RDS instance but the `orders` one.
 * The `sessions` table is provisioned with read auto scaling only. DAX: `cache` is encrypted at rest
 * and in transit, `legacy-cache` neither. DMS: the `orders-source` endpoint has SSL mode none; the
 * `orders-cdc` task logs the source side fully and TARGET_APPLY only at warning level. FSx: the
 * OpenZFS file system `home` copies tags to backups but not to volumes.
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

/** Task logging on; the source side at the default severity, the target side below it. */
export const TASK_SETTINGS = JSON.stringify({
  TargetMetadata: { TargetSchema: '' },
  Logging: {
    EnableLogging: true,
    LogComponents: [
      { Id: 'SOURCE_UNLOAD', Severity: 'LOGGER_SEVERITY_DEFAULT' },
      { Id: 'SOURCE_CAPTURE', Severity: 'LOGGER_SEVERITY_DEBUG' },
      { Id: 'TARGET_LOAD', Severity: 'LOGGER_SEVERITY_DEFAULT' },
      { Id: 'TARGET_APPLY', Severity: 'LOGGER_SEVERITY_WARNING' },
    ],
  },
});

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
      service: 'dms',
      operation: 'DescribeEndpoints',
      region: R,
      output: {
        Endpoints: [
          {
            EndpointIdentifier: 'orders-source',
            EndpointArn: arn('dms', 'endpoint:ORDERSSOURCE'),
            EndpointType: 'SOURCE',
            EngineName: 'postgres',
            SslMode: 'none',
          },
          {
            EndpointIdentifier: 'warehouse-target',
            EndpointArn: arn('dms', 'endpoint:WAREHOUSETARGET'),
            EndpointType: 'TARGET',
            EngineName: 'mysql',
            SslMode: 'verify-full',
          },
          {
            EndpointIdentifier: 'archive-target',
            EndpointArn: arn('dms', 'endpoint:ARCHIVETARGET'),
            EndpointType: 'TARGET',
            EngineName: 's3',
          },
        ],
      },
    },
    {
      service: 'dms',
      operation: 'DescribeReplicationTasks',
      region: R,
      output: {
        ReplicationTasks: [
          {
            ReplicationTaskIdentifier: 'orders-cdc',
            ReplicationTaskArn: arn('dms', 'task:ORDERSCDC'),
            MigrationType: 'full-load-and-cdc',
            ReplicationTaskSettings: TASK_SETTINGS,
          },
        ],
      },
    },
    {
      service: 'fsx',
      operation: 'DescribeFileSystems',
      region: R,
      output: {
        FileSystems: [
          {
            FileSystemId: 'fs-0zfs1111',
            FileSystemType: 'OPENZFS',
            ResourceARN: arn('fsx', 'file-system/fs-0zfs1111'),
            Lifecycle: 'AVAILABLE',
            Tags: [{ Key: 'Name', Value: 'home' }],
            OpenZFSConfiguration: { CopyTagsToBackups: true, DeploymentType: 'SINGLE_AZ_2' },
          },
          {
            FileSystemId: 'fs-0lus2222',
            FileSystemType: 'LUSTRE',
            ResourceARN: arn('fsx', 'file-system/fs-0lus2222'),
            Lifecycle: 'AVAILABLE',
            Tags: [],
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

/**
 * The shared estate's answers: one plan in us-east-1 (where the estate has no resources), so a whole
 * scan makes every Backup plan call; nothing elsewhere (no plans, DAX clusters, scaling targets or tags).
 */
export function backupDataEmptyRecordings(): Recording[] {
  const east = 'us-east-1';
  const audit = `arn:aws:backup:${east}:${ACCOUNT}:backup-plan:plan-audit`;
  return [
    {
      service: 'backup',
      operation: 'ListBackupPlans',
      region: east,
      output: {
        BackupPlansList: [{ BackupPlanId: 'plan-audit', BackupPlanArn: audit, BackupPlanName: 'audit' }],
      },
    },
    {
      service: 'backup',
      operation: 'GetBackupPlan',
      region: east,
      output: {
        BackupPlanId: 'plan-audit',
        BackupPlanArn: audit,
        BackupPlan: {
          BackupPlanName: 'audit',
          Rules: [{ RuleName: 'monthly', TargetBackupVaultName: 'Default' }],
        },
      },
    },
    {
      service: 'backup',
      operation: 'ListBackupSelections',
      region: east,
      output: {
        BackupSelectionsList: [
          { SelectionId: 'sel-audit', SelectionName: 'audit-tables', BackupPlanId: 'plan-audit' },
        ],
      },
    },
    {
      service: 'backup',
      operation: 'GetBackupSelection',
      region: east,
      output: {
        SelectionId: 'sel-audit',
        BackupPlanId: 'plan-audit',
        BackupSelection: {
          SelectionName: 'audit-tables',
          IamRoleArn: ROLE,
          Resources: ['arn:aws:dynamodb:*:*:table/audit-*'],
        },
      },
    },
    { service: 'backup', operation: 'ListBackupPlans', output: { BackupPlansList: [] } },
    // The analytics estate's Redshift clusters: `warehouse` uses the default group, `reporting` requires TLS.
    {
      service: 'redshift',
      operation: 'DescribeClusterParameters',
      when: (p) => p.ParameterGroupName === 'reporting-tls',
      output: {
        Parameters: [
          { ParameterName: 'enable_user_activity_logging', ParameterValue: 'true', Source: 'user' },
          { ParameterName: 'require_ssl', ParameterValue: 'true', Source: 'user' },
        ],
      },
    },
    {
      service: 'redshift',
      operation: 'DescribeClusterParameters',
      output: {
        Parameters: [{ ParameterName: 'require_ssl', ParameterValue: 'false', Source: 'engine-default' }],
      },
    },
    { service: 'dms', operation: 'DescribeEndpoints', output: { Endpoints: [] } },
    { service: 'dms', operation: 'DescribeReplicationTasks', output: { ReplicationTasks: [] } },
    { service: 'dynamodb', operation: 'ListTagsOfResource', output: { Tags: [] } },
    {
      service: 'application-autoscaling',
      operation: 'DescribeScalableTargets',
      output: { ScalableTargets: [] },
    },
    { service: 'dax', operation: 'DescribeClusters', output: { Clusters: [] } },
    { service: 'fsx', operation: 'DescribeFileSystems', output: { FileSystems: [] } },
  ];
}
