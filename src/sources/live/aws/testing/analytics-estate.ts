/**
 * Test support: the analytics, ML, build and migration services of the replayed estate (OpenSearch and
 * Elasticsearch domains, Redshift clusters, SageMaker notebooks, CodeBuild projects, a DMS replication
 * instance, an MSK cluster), in eu-west-1, one insecure and (mostly) one secure resource each; every
 * other region answers empty. `fixtures/analytics-config-snapshot.json` is the same estate as AWS
 * Config records it. Exercises pagination (CodeBuild ListProjects) and a throttled call (Redshift).
 */
import type { Recording } from './replay-server.js';
import { ACCOUNT, REGION } from './estate.js';

/** The estate's resources, built on call (estate.ts imports this module, so nothing runs at load). */
function resources() {
  const r = REGION;
  const KEY = `arn:aws:kms:${r}:${ACCOUNT}:key/1111aaaa-2222-bbbb-3333-cccc4444dddd`;
  const esArn = (name: string) => `arn:aws:es:${r}:${ACCOUNT}:domain/${name}`;

  const DOMAINS = [
    {
      DomainId: `${ACCOUNT}/legacy-logs`,
      DomainName: 'legacy-logs',
      ARN: esArn('legacy-logs'),
      Created: true,
      Deleted: false,
      Endpoint: 'search-legacy-logs-abc.eu-west-1.es.amazonaws.com',
      EngineVersion: 'Elasticsearch_7.10',
      ClusterConfig: {
        InstanceType: 'r6g.large.search',
        InstanceCount: 1,
        DedicatedMasterEnabled: false,
        ZoneAwarenessEnabled: false,
      },
      EncryptionAtRestOptions: { Enabled: false },
      NodeToNodeEncryptionOptions: { Enabled: false },
      DomainEndpointOptions: { EnforceHTTPS: false, TLSSecurityPolicy: 'Policy-Min-TLS-1-0-2019-07' },
      AdvancedSecurityOptions: { Enabled: false, InternalUserDatabaseEnabled: false },
      ServiceSoftwareOptions: {
        CurrentVersion: 'R20230101',
        UpdateAvailable: true,
        UpdateStatus: 'ELIGIBLE',
      },
    },
    {
      DomainId: `${ACCOUNT}/search`,
      DomainName: 'search',
      ARN: esArn('search'),
      Created: true,
      Deleted: false,
      Endpoints: { vpc: 'vpc-search-abc.eu-west-1.es.amazonaws.com' },
      EngineVersion: 'OpenSearch_2.13',
      ClusterConfig: {
        InstanceType: 'r6g.large.search',
        InstanceCount: 3,
        DedicatedMasterEnabled: true,
        DedicatedMasterCount: 3,
        DedicatedMasterType: 'm6g.large.search',
        ZoneAwarenessEnabled: true,
        ZoneAwarenessConfig: { AvailabilityZoneCount: 3 },
      },
      VPCOptions: { VPCId: 'vpc-0e1', SubnetIds: ['subnet-0s1'], SecurityGroupIds: ['sg-0aaa1111'] },
      EncryptionAtRestOptions: { Enabled: true, KmsKeyId: KEY },
      NodeToNodeEncryptionOptions: { Enabled: true },
      DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: 'Policy-Min-TLS-1-2-PFS-2023-10' },
      LogPublishingOptions: {
        ES_APPLICATION_LOGS: {
          Enabled: true,
          CloudWatchLogsLogGroupArn: `arn:aws:logs:${r}:${ACCOUNT}:log-group:os-app`,
        },
        AUDIT_LOGS: {
          Enabled: true,
          CloudWatchLogsLogGroupArn: `arn:aws:logs:${r}:${ACCOUNT}:log-group:os-audit`,
        },
        SEARCH_SLOW_LOGS: { Enabled: false },
      },
      AdvancedSecurityOptions: { Enabled: true, InternalUserDatabaseEnabled: false },
      ServiceSoftwareOptions: {
        CurrentVersion: 'R20250101',
        UpdateAvailable: false,
        UpdateStatus: 'COMPLETED',
      },
    },
  ];

  const CLUSTERS = [
    {
      ClusterIdentifier: 'warehouse',
      NodeType: 'ra3.xlplus',
      ClusterStatus: 'available',
      MasterUsername: 'awsuser',
      DBName: 'dev',
      Endpoint: { Address: 'warehouse.abc.eu-west-1.redshift.amazonaws.com', Port: 5439 },
      AutomatedSnapshotRetentionPeriod: 1,
      VpcSecurityGroups: [{ VpcSecurityGroupId: 'sg-0aaa1111', Status: 'active' }],
      VpcId: 'vpc-0e1',
      AllowVersionUpgrade: false,
      ClusterParameterGroups: [
        { ParameterGroupName: 'default.redshift-2.0', ParameterApplyStatus: 'in-sync' },
      ],
      NumberOfNodes: 2,
      PubliclyAccessible: true,
      Encrypted: false,
      EnhancedVpcRouting: false,
      Tags: [{ Key: 'Owner', Value: 'analytics' }],
    },
    {
      ClusterIdentifier: 'reporting',
      NodeType: 'ra3.xlplus',
      ClusterStatus: 'available',
      MasterUsername: 'rep_admin',
      DBName: 'reports',
      Endpoint: { Address: 'reporting.abc.eu-west-1.redshift.amazonaws.com', Port: 5439 },
      AutomatedSnapshotRetentionPeriod: 7,
      VpcSecurityGroups: [],
      VpcId: 'vpc-0e1',
      AllowVersionUpgrade: true,
      ClusterParameterGroups: [{ ParameterGroupName: 'reporting-tls', ParameterApplyStatus: 'in-sync' }],
      NumberOfNodes: 2,
      PubliclyAccessible: false,
      Encrypted: true,
      KmsKeyId: KEY,
      EnhancedVpcRouting: true,
      Tags: [],
    },
  ];

  const NOTEBOOKS: Record<string, Record<string, unknown>> = {
    research: {
      NotebookInstanceName: 'research',
      NotebookInstanceArn: `arn:aws:sagemaker:${r}:${ACCOUNT}:notebook-instance/research`,
      NotebookInstanceStatus: 'InService',
      InstanceType: 'ml.t3.medium',
      RoleArn: `arn:aws:iam::${ACCOUNT}:role/sagemaker`,
      DirectInternetAccess: 'Enabled',
      RootAccess: 'Enabled',
      VolumeSizeInGB: 5,
    },
    modelling: {
      NotebookInstanceName: 'modelling',
      NotebookInstanceArn: `arn:aws:sagemaker:${r}:${ACCOUNT}:notebook-instance/modelling`,
      NotebookInstanceStatus: 'InService',
      InstanceType: 'ml.t3.medium',
      RoleArn: `arn:aws:iam::${ACCOUNT}:role/sagemaker`,
      SubnetId: 'subnet-0s1',
      SecurityGroups: ['sg-0aaa1111'],
      KmsKeyId: KEY,
      DirectInternetAccess: 'Disabled',
      RootAccess: 'Disabled',
      VolumeSizeInGB: 5,
    },
  };

  const PROJECTS = [
    {
      name: 'deploy',
      arn: `arn:aws:codebuild:${r}:${ACCOUNT}:project/deploy`,
      source: { type: 'BITBUCKET', location: 'https://ci-bot:hunter2@bitbucket.org/example/deploy.git' },
      environment: {
        type: 'LINUX_CONTAINER',
        image: 'aws/codebuild/standard:7.0',
        computeType: 'BUILD_GENERAL1_SMALL',
        privilegedMode: true,
        environmentVariables: [
          { name: 'AWS_ACCESS_KEY_ID', value: 'AKIAEXAMPLEKEY', type: 'PLAINTEXT' },
          { name: 'AWS_SECRET_ACCESS_KEY', value: 'wJalrXUtnFEMI/EXAMPLE', type: 'PLAINTEXT' },
        ],
      },
      serviceRole: `arn:aws:iam::${ACCOUNT}:role/codebuild`,
      logsConfig: { cloudWatchLogs: { status: 'DISABLED' }, s3Logs: { status: 'DISABLED' } },
      tags: [{ key: 'Owner', value: 'release' }],
    },
    {
      name: 'build',
      arn: `arn:aws:codebuild:${r}:${ACCOUNT}:project/build`,
      source: { type: 'GITHUB', location: 'https://github.com/example/app.git' },
      environment: {
        type: 'LINUX_CONTAINER',
        image: 'aws/codebuild/standard:7.0',
        computeType: 'BUILD_GENERAL1_SMALL',
        privilegedMode: false,
        environmentVariables: [{ name: 'STAGE', value: 'prod', type: 'PLAINTEXT' }],
      },
      serviceRole: `arn:aws:iam::${ACCOUNT}:role/codebuild`,
      logsConfig: {
        cloudWatchLogs: { status: 'ENABLED', groupName: 'builds' },
        s3Logs: { status: 'ENABLED', location: 'build-logs/app', encryptionDisabled: true },
      },
      tags: [],
    },
  ];
  return { r, KEY, esArn, DOMAINS, CLUSTERS, NOTEBOOKS, PROJECTS };
}

/** The recordings for the analytics services; add them to a ReplayServer with the rest of the estate. */
export function analyticsRecordings(): Recording[] {
  const { r, KEY, esArn, DOMAINS, CLUSTERS, NOTEBOOKS, PROJECTS } = resources();
  return [
    // OpenSearch / Elasticsearch
    {
      service: 'es',
      operation: 'ListDomainNames',
      region: r,
      output: {
        DomainNames: [
          { DomainName: 'legacy-logs', EngineType: 'Elasticsearch' },
          { DomainName: 'search', EngineType: 'OpenSearch' },
        ],
      },
    },
    { service: 'es', operation: 'ListDomainNames', output: { DomainNames: [] } },
    {
      service: 'es',
      operation: 'DescribeDomains',
      region: r,
      output: (req) => ({
        DomainStatusList: DOMAINS.filter((d) => (req.params.DomainNames as string[]).includes(d.DomainName)),
      }),
    },
    {
      service: 'es',
      operation: 'ListTags',
      output: (req) => ({
        TagList: req.params.arn === esArn('search') ? [{ Key: 'Owner', Value: 'search' }] : [],
      }),
    },
    // Redshift: throttled once, then answered.
    {
      service: 'redshift',
      operation: 'DescribeClusters',
      region: r,
      times: 1,
      error: { status: 400, code: 'Throttling', message: 'Rate exceeded' },
    },
    { service: 'redshift', operation: 'DescribeClusters', region: r, output: { Clusters: CLUSTERS } },
    { service: 'redshift', operation: 'DescribeClusters', output: { Clusters: [] } },
    {
      service: 'redshift',
      operation: 'DescribeLoggingStatus',
      output: (req) =>
        req.params.ClusterIdentifier === 'reporting'
          ? {
              LoggingEnabled: true,
              LogDestinationType: 'cloudwatch',
              LogExports: ['connectionlog', 'userlog'],
            }
          : { LoggingEnabled: false },
    },
    // SageMaker
    {
      service: 'sagemaker',
      operation: 'ListNotebookInstances',
      region: r,
      output: {
        NotebookInstances: Object.values(NOTEBOOKS).map((n) => ({
          NotebookInstanceName: n.NotebookInstanceName,
          NotebookInstanceArn: n.NotebookInstanceArn,
        })),
      },
    },
    { service: 'sagemaker', operation: 'ListNotebookInstances', output: { NotebookInstances: [] } },
    {
      service: 'sagemaker',
      operation: 'DescribeNotebookInstance',
      output: (req) => NOTEBOOKS[String(req.params.NotebookInstanceName)] ?? {},
    },
    {
      service: 'sagemaker',
      operation: 'ListTags',
      output: (req) => ({
        Tags: String(req.params.ResourceArn).endsWith('/research')
          ? [{ Key: 'Owner', Value: 'science' }]
          : [],
      }),
    },
    // SageMaker hosting: a single-instance endpoint configuration and a model without isolation.
    {
      service: 'sagemaker',
      operation: 'ListEndpointConfigs',
      region: r,
      output: {
        EndpointConfigs: [
          {
            EndpointConfigName: 'scoring',
            EndpointConfigArn: `arn:aws:sagemaker:${r}:${ACCOUNT}:endpoint-config/scoring`,
            CreationTime: new Date('2026-01-01T00:00:00Z'),
          },
        ],
      },
    },
    { service: 'sagemaker', operation: 'ListEndpointConfigs', output: { EndpointConfigs: [] } },
    {
      service: 'sagemaker',
      operation: 'DescribeEndpointConfig',
      output: {
        EndpointConfigName: 'scoring',
        EndpointConfigArn: `arn:aws:sagemaker:${r}:${ACCOUNT}:endpoint-config/scoring`,
        ProductionVariants: [
          {
            VariantName: 'primary',
            ModelName: 'scoring',
            InitialInstanceCount: 1,
            InstanceType: 'ml.m5.large',
          },
        ],
        CreationTime: new Date('2026-01-01T00:00:00Z'),
      },
    },
    {
      service: 'sagemaker',
      operation: 'ListModels',
      region: r,
      output: {
        Models: [
          {
            ModelName: 'scoring',
            ModelArn: `arn:aws:sagemaker:${r}:${ACCOUNT}:model/scoring`,
            CreationTime: new Date('2026-01-01T00:00:00Z'),
          },
        ],
      },
    },
    { service: 'sagemaker', operation: 'ListModels', output: { Models: [] } },
    {
      service: 'sagemaker',
      operation: 'DescribeModel',
      output: {
        ModelName: 'scoring',
        ModelArn: `arn:aws:sagemaker:${r}:${ACCOUNT}:model/scoring`,
        ExecutionRoleArn: `arn:aws:iam::${ACCOUNT}:role/sagemaker`,
        EnableNetworkIsolation: false,
        CreationTime: new Date('2026-01-01T00:00:00Z'),
      },
    },
    // CodeBuild: two pages of project names.
    {
      service: 'codebuild',
      operation: 'ListProjects',
      region: r,
      when: (p) => p.nextToken === undefined,
      output: { projects: ['deploy'], nextToken: 'page-2' },
    },
    {
      service: 'codebuild',
      operation: 'ListProjects',
      region: r,
      when: (p) => p.nextToken === 'page-2',
      output: { projects: ['build'] },
    },
    { service: 'codebuild', operation: 'ListProjects', output: { projects: [] } },
    {
      service: 'codebuild',
      operation: 'BatchGetProjects',
      output: (req) => ({
        projects: PROJECTS.filter((p) => (req.params.names as string[]).includes(p.name)),
        projectsNotFound: [],
      }),
    },
    // DMS
    {
      service: 'dms',
      operation: 'DescribeReplicationInstances',
      region: r,
      output: {
        ReplicationInstances: [
          {
            ReplicationInstanceIdentifier: 'migrate',
            ReplicationInstanceArn: `arn:aws:dms:${r}:${ACCOUNT}:rep:MIGRATE1`,
            ReplicationInstanceClass: 'dms.t3.medium',
            ReplicationInstanceStatus: 'available',
            PubliclyAccessible: true,
            AutoMinorVersionUpgrade: false,
            MultiAZ: false,
            KmsKeyId: KEY,
          },
        ],
      },
    },
    { service: 'dms', operation: 'DescribeReplicationInstances', output: { ReplicationInstances: [] } },
    // MSK
    {
      service: 'kafka',
      operation: 'ListClusters',
      region: r,
      output: {
        ClusterInfoList: [
          {
            ClusterArn: `arn:aws:kafka:${r}:${ACCOUNT}:cluster/events/11111111-2222-3333-4444-555555555555-1`,
            ClusterName: 'events',
            State: 'ACTIVE',
            EncryptionInfo: { EncryptionInTransit: { ClientBroker: 'TLS_PLAINTEXT', InCluster: false } },
            EnhancedMonitoring: 'DEFAULT',
            Tags: { Owner: 'streaming' },
          },
        ],
      },
    },
    { service: 'kafka', operation: 'ListClusters', output: { ClusterInfoList: [] } },
    // ElastiCache (live only: AWS Config does not record it): a Redis 5 group without AUTH, failover,
    // encryption or backups, in the default subnet group; its node has no minor upgrades.
    {
      service: 'elasticache',
      operation: 'DescribeCacheClusters',
      region: r,
      output: {
        CacheClusters: [
          {
            CacheClusterId: 'sessions-001',
            ARN: `arn:aws:elasticache:${r}:${ACCOUNT}:cluster:sessions-001`,
            Engine: 'redis',
            EngineVersion: '5.0.6',
            CacheClusterStatus: 'available',
            CacheSubnetGroupName: 'default',
            AutoMinorVersionUpgrade: false,
            ReplicationGroupId: 'sessions',
            SnapshotRetentionLimit: 0,
          },
          {
            CacheClusterId: 'pages',
            ARN: `arn:aws:elasticache:${r}:${ACCOUNT}:cluster:pages`,
            Engine: 'memcached',
            EngineVersion: '1.6.22',
            CacheClusterStatus: 'available',
            CacheSubnetGroupName: 'cache-private',
            AutoMinorVersionUpgrade: true,
          },
        ],
      },
    },
    { service: 'elasticache', operation: 'DescribeCacheClusters', output: { CacheClusters: [] } },
    {
      service: 'elasticache',
      operation: 'DescribeReplicationGroups',
      region: r,
      output: {
        ReplicationGroups: [
          {
            ReplicationGroupId: 'sessions',
            ARN: `arn:aws:elasticache:${r}:${ACCOUNT}:replicationgroup:sessions`,
            Status: 'available',
            MemberClusters: ['sessions-001'],
            AutomaticFailover: 'disabled',
            SnapshotRetentionLimit: 0,
          },
        ],
      },
    },
    { service: 'elasticache', operation: 'DescribeReplicationGroups', output: { ReplicationGroups: [] } },
    // EMR (live only): block public access off in eu-west-1 (on, with SSH exempt, elsewhere); one
    // running cluster whose primary node has a public IP.
    {
      service: 'elasticmapreduce',
      operation: 'GetBlockPublicAccessConfiguration',
      output: (req) => ({
        BlockPublicAccessConfiguration: {
          BlockPublicSecurityGroupRules: req.region !== r,
          PermittedPublicSecurityGroupRuleRanges: [{ MinRange: 22, MaxRange: 22 }],
        },
        BlockPublicAccessConfigurationMetadata: {
          CreationDateTime: new Date('2026-01-01T00:00:00Z'),
          CreatedByArn: `arn:aws:iam::${ACCOUNT}:root`,
        },
      }),
    },
    {
      service: 'elasticmapreduce',
      operation: 'ListClusters',
      region: r,
      output: {
        Clusters: [
          {
            Id: 'j-2AXXXXXXGAPLF',
            Name: 'etl',
            ClusterArn: `arn:aws:elasticmapreduce:${r}:${ACCOUNT}:cluster/j-2AXXXXXXGAPLF`,
            Status: { State: 'WAITING' },
          },
        ],
      },
    },
    { service: 'elasticmapreduce', operation: 'ListClusters', output: { Clusters: [] } },
    {
      service: 'elasticmapreduce',
      operation: 'ListInstances',
      output: {
        Instances: [
          {
            Id: 'ci-1',
            Ec2InstanceId: 'i-0emr1',
            PublicIpAddress: '203.0.113.9',
            PrivateIpAddress: '10.0.0.9',
          },
        ],
      },
    },
  ];
}
