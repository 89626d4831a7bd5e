/**
 * Test support: recorded RDS cluster, cluster snapshot, event subscription and Classic Load Balancer
 * responses of the replayed estate (account 111122223333, eu-west-1), as the SDK returns them.
 * `fixtures/db-estate-config-snapshot.json` describes the same resources as AWS Config exports them
 * (without the Classic Load Balancer attributes, which AWS Config does not record).
 */
import type { Recording } from './replay-server.js';

const ACCOUNT = '111122223333';
const REGION = 'eu-west-1';
const KEY_ARN = `arn:aws:kms:${REGION}:${ACCOUNT}:key/1111aaaa-2222-bbbb-3333-cccc4444dddd`;
const d = (iso: string) => new Date(iso);

const cluster = (id: string, fields: Record<string, unknown>) => ({
  DBClusterIdentifier: id,
  DBClusterArn: `arn:aws:rds:${REGION}:${ACCOUNT}:cluster:${id}`,
  DbClusterResourceId: `cluster-${id.toUpperCase()}`,
  Status: 'available',
  EngineMode: 'provisioned',
  BackupRetentionPeriod: 1,
  MultiAZ: false,
  AvailabilityZones: [`${REGION}a`, `${REGION}b`, `${REGION}c`],
  VpcSecurityGroups: [{ VpcSecurityGroupId: 'sg-0aaa1111', Status: 'active' }],
  ClusterCreateTime: d('2025-06-01T00:00:00Z'),
  ...fields,
});

/** The recordings (region-specific; place them before the estate's catch-all answers). */
export function dbEstateRecordings(): Recording[] {
  const r = REGION;
  return [
    // Two pages of clusters: an Aurora MySQL cluster, then DocumentDB and Neptune.
    {
      service: 'rds',
      operation: 'DescribeDBClusters',
      region: r,
      when: (p) => p.Marker === undefined,
      output: {
        DBClusters: [
          cluster('carts', {
            Engine: 'aurora-mysql',
            EngineVersion: '8.0.mysql_aurora.3.07.1',
            StorageEncrypted: false,
            DeletionProtection: false,
            IAMDatabaseAuthenticationEnabled: false,
            CopyTagsToSnapshot: false,
            MasterUsername: 'admin',
            Port: 3306,
            EnabledCloudwatchLogsExports: ['error'],
            DBClusterMembers: [{ DBInstanceIdentifier: 'carts-1', IsClusterWriter: true }],
            TagList: [{ Key: 'Owner', Value: 'carts' }],
          }),
        ],
        Marker: 'page-2',
      },
    },
    {
      service: 'rds',
      operation: 'DescribeDBClusters',
      region: r,
      when: (p) => p.Marker === 'page-2',
      output: {
        DBClusters: [
          cluster('catalog', {
            Engine: 'docdb',
            EngineVersion: '5.0.0',
            StorageEncrypted: true,
            KmsKeyId: KEY_ARN,
            DeletionProtection: false,
            IAMDatabaseAuthenticationEnabled: false,
            CopyTagsToSnapshot: true,
            MasterUsername: 'catalog_admin',
            Port: 27017,
            MultiAZ: true,
            EnabledCloudwatchLogsExports: ['profiler'],
          }),
          cluster('graph', {
            Engine: 'neptune',
            EngineVersion: '1.3.2.1',
            StorageEncrypted: true,
            KmsKeyId: KEY_ARN,
            BackupRetentionPeriod: 7,
            DeletionProtection: true,
            IAMDatabaseAuthenticationEnabled: true,
            CopyTagsToSnapshot: false,
            MasterUsername: 'admin',
            Port: 8182,
            EnabledCloudwatchLogsExports: ['audit'],
          }),
        ],
      },
    },
    // The parameter group of the estate's PostgreSQL instance, in two pages: TLS is not forced.
    {
      service: 'rds',
      operation: 'DescribeDBParameters',
      region: r,
      when: (p) => p.DBParameterGroupName === 'orders-pg16' && p.Marker === undefined,
      output: {
        Parameters: [{ ParameterName: 'rds.cdc_capture', ParameterValue: '0', Source: 'engine-default' }],
        Marker: 'params-2',
      },
    },
    {
      service: 'rds',
      operation: 'DescribeDBParameters',
      region: r,
      when: (p) => p.DBParameterGroupName === 'orders-pg16' && p.Marker === 'params-2',
      output: {
        Parameters: [
          { ParameterName: 'rds.force_ssl', ParameterValue: '0', Source: 'user', ApplyType: 'dynamic' },
          { ParameterName: 'rds.log_retention_period', ParameterValue: '4320', Source: 'system' },
        ],
      },
    },
    {
      service: 'rds',
      operation: 'DescribeDBClusterSnapshots',
      region: r,
      output: {
        DBClusterSnapshots: [
          {
            DBClusterSnapshotIdentifier: 'catalog-manual',
            DBClusterSnapshotArn: `arn:aws:rds:${r}:${ACCOUNT}:cluster-snapshot:catalog-manual`,
            DBClusterIdentifier: 'catalog',
            SnapshotType: 'manual',
            Engine: 'docdb',
            StorageEncrypted: true,
            KmsKeyId: KEY_ARN,
            VpcId: 'vpc-0e1',
            Status: 'available',
          },
          {
            DBClusterSnapshotIdentifier: 'graph-manual',
            DBClusterSnapshotArn: `arn:aws:rds:${r}:${ACCOUNT}:cluster-snapshot:graph-manual`,
            DBClusterIdentifier: 'graph',
            SnapshotType: 'manual',
            Engine: 'neptune',
            StorageEncrypted: false,
            VpcId: 'vpc-0e1',
            Status: 'available',
          },
          {
            DBClusterSnapshotIdentifier: 'rds:carts-2026-05-31',
            DBClusterSnapshotArn: `arn:aws:rds:${r}:${ACCOUNT}:cluster-snapshot:rds:carts-2026-05-31`,
            DBClusterIdentifier: 'carts',
            SnapshotType: 'automated',
            Engine: 'aurora-mysql',
            StorageEncrypted: false,
            VpcId: 'vpc-0e1',
            Status: 'available',
          },
        ],
      },
    },
    {
      service: 'rds',
      operation: 'DescribeDBClusterSnapshotAttributes',
      region: r,
      when: (p) => p.DBClusterSnapshotIdentifier === 'catalog-manual',
      output: {
        DBClusterSnapshotAttributesResult: {
          DBClusterSnapshotIdentifier: 'catalog-manual',
          DBClusterSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: ['all'] }],
        },
      },
    },
    {
      service: 'rds',
      operation: 'DescribeDBClusterSnapshotAttributes',
      region: r,
      output: {
        DBClusterSnapshotAttributesResult: {
          DBClusterSnapshotIdentifier: 'graph-manual',
          DBClusterSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: ['444455556666'] }],
        },
      },
    },
    {
      service: 'rds',
      operation: 'DescribeEventSubscriptions',
      region: r,
      output: {
        EventSubscriptionsList: [
          {
            CustSubscriptionId: 'db-alerts',
            CustomerAwsId: ACCOUNT,
            EventSubscriptionArn: `arn:aws:rds:${r}:${ACCOUNT}:es:db-alerts`,
            SnsTopicArn: `arn:aws:sns:${r}:${ACCOUNT}:db-alerts`,
            Status: 'active',
            SourceType: 'db-instance',
            EventCategoriesList: ['backup', 'failure'],
            Enabled: true,
          },
          {
            CustSubscriptionId: 'cluster-alerts',
            CustomerAwsId: ACCOUNT,
            EventSubscriptionArn: `arn:aws:rds:${r}:${ACCOUNT}:es:cluster-alerts`,
            SnsTopicArn: `arn:aws:sns:${r}:${ACCOUNT}:db-alerts`,
            Status: 'active',
            SourceType: 'db-cluster',
            Enabled: true,
          },
          {
            CustSubscriptionId: 'params',
            CustomerAwsId: ACCOUNT,
            EventSubscriptionArn: `arn:aws:rds:${r}:${ACCOUNT}:es:params`,
            SnsTopicArn: `arn:aws:sns:${r}:${ACCOUNT}:db-alerts`,
            Status: 'active',
            SourceType: 'db-parameter-group',
            EventCategoriesList: ['configuration change'],
            Enabled: false,
          },
        ],
      },
    },
    {
      service: 'elb',
      operation: 'DescribeLoadBalancers',
      region: r,
      output: {
        LoadBalancerDescriptions: [
          {
            LoadBalancerName: 'legacy',
            DNSName: 'legacy-1.eu-west-1.elb.amazonaws.com',
            Scheme: 'internet-facing',
            VPCId: 'vpc-0e1',
            SecurityGroups: ['sg-0aaa1111'],
            AvailabilityZones: [`${r}a`],
            Subnets: ['subnet-0a1'],
            ListenerDescriptions: [
              {
                Listener: {
                  Protocol: 'HTTP',
                  LoadBalancerPort: 80,
                  InstanceProtocol: 'HTTP',
                  InstancePort: 8080,
                },
                PolicyNames: [],
              },
              {
                Listener: {
                  Protocol: 'HTTPS',
                  LoadBalancerPort: 443,
                  InstanceProtocol: 'HTTP',
                  InstancePort: 8080,
                  SSLCertificateId: `arn:aws:iam::${ACCOUNT}:server-certificate/old-shop`,
                },
                PolicyNames: ['ELBSecurityPolicy-2016-08'],
              },
            ],
            CreatedTime: d('2019-06-01T00:00:00Z'),
          },
        ],
      },
    },
    {
      service: 'elb',
      operation: 'DescribeLoadBalancerAttributes',
      region: r,
      output: {
        LoadBalancerAttributes: {
          CrossZoneLoadBalancing: { Enabled: true },
          AccessLog: { Enabled: false },
          ConnectionDraining: { Enabled: false, Timeout: 300 },
          ConnectionSettings: { IdleTimeout: 60 },
          AdditionalAttributes: [{ Key: 'elb.http.desyncmitigationmode', Value: 'monitor' }],
        },
      },
    },
  ];
}

/** Empty answers for every other region. */
export function dbEstateEmptyRecordings(): Recording[] {
  return [
    { service: 'rds', operation: 'DescribeDBClusters', output: { DBClusters: [] } },
    { service: 'rds', operation: 'DescribeDBClusterSnapshots', output: { DBClusterSnapshots: [] } },
    { service: 'rds', operation: 'DescribeEventSubscriptions', output: { EventSubscriptionsList: [] } },
    { service: 'elb', operation: 'DescribeLoadBalancers', output: { LoadBalancerDescriptions: [] } },
  ];
}
