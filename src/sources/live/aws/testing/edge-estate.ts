/**
 * Test support: recorded responses for the edge and container services of the replayed estate
 * (account 111122223333): two CloudFront distributions (global), and in eu-west-1 two Auto Scaling
 * groups with two launch configurations, two ECS clusters with a service and a task definition
 * each, a REST API with two stages, and three hosted zones (global) — one of each kind secure, one not. Every other region has none. The task definitions are
 * listed over two pages and the first Auto Scaling call is throttled. `fixtures/edge-config-snapshot.json`
 * describes the same resources as AWS Config exports them.
 */
import type { Recording } from './replay-server.js';

const ACCOUNT = '111122223333';
const REGION = 'eu-west-1';
const ecs = (kind: string, name: string) => `arn:aws:ecs:${REGION}:${ACCOUNT}:${kind}/${name}`;
const asg = (name: string) =>
  `arn:aws:autoscaling:${REGION}:${ACCOUNT}:autoScalingGroup:1a2b3c4d-0000-4000-8000-000000000001:autoScalingGroupName/${name}`;
const lc = (name: string) =>
  `arn:aws:autoscaling:${REGION}:${ACCOUNT}:launchConfiguration:1a2b3c4d-0000-4000-8000-000000000002:launchConfigurationName/${name}`;
const list = <T>(items: T[]) => ({ Quantity: items.length, Items: items });

const SECURE_DISTRIBUTION = {
  Id: 'E1SECURE0000001',
  ARN: `arn:aws:cloudfront::${ACCOUNT}:distribution/E1SECURE0000001`,
  Status: 'Deployed',
  LastModifiedTime: new Date('2026-01-01T00:00:00Z'),
  InProgressInvalidationBatches: 0,
  DomainName: 'd111111abcdef8.cloudfront.net',
  DistributionConfig: {
    CallerReference: 'shop-cdn',
    Aliases: list(['shop.example.com']),
    DefaultRootObject: 'index.html',
    Origins: list([
      {
        Id: 'assets',
        DomainName: 'nw-public-assets.s3.eu-west-1.amazonaws.com',
        OriginPath: '',
        S3OriginConfig: { OriginAccessIdentity: '' },
        OriginAccessControlId: 'E2OACEXAMPLE',
      },
      {
        Id: 'api',
        DomainName: 'api.example.com',
        OriginPath: '',
        CustomOriginConfig: {
          HTTPPort: 80,
          HTTPSPort: 443,
          OriginProtocolPolicy: 'https-only',
          OriginSslProtocols: list(['TLSv1.2']),
        },
        OriginAccessControlId: '',
      },
    ]),
    OriginGroups: list([
      {
        Id: 'assets-group',
        FailoverCriteria: { StatusCodes: list([500, 502, 503, 504]) },
        Members: list([{ OriginId: 'assets' }, { OriginId: 'api' }]),
      },
    ]),
    DefaultCacheBehavior: { TargetOriginId: 'assets', ViewerProtocolPolicy: 'redirect-to-https' },
    CacheBehaviors: list([
      { PathPattern: '/api/*', TargetOriginId: 'api', ViewerProtocolPolicy: 'https-only' },
    ]),
    Comment: 'shop',
    Logging: { Enabled: true, IncludeCookies: false, Bucket: 'nw-logs.s3.amazonaws.com', Prefix: 'cf/' },
    PriceClass: 'PriceClass_100',
    Enabled: true,
    ViewerCertificate: {
      CloudFrontDefaultCertificate: false,
      ACMCertificateArn: `arn:aws:acm:us-east-1:${ACCOUNT}:certificate/1111aaaa-0000-4000-8000-000000000001`,
      SSLSupportMethod: 'sni-only',
      MinimumProtocolVersion: 'TLSv1.2_2021',
      CertificateSource: 'acm',
    },
    WebACLId: `arn:aws:wafv2:us-east-1:${ACCOUNT}:global/webacl/edge/1111aaaa-0000-4000-8000-000000000002`,
    HttpVersion: 'http2',
  },
};

const LEGACY_DISTRIBUTION = {
  Id: 'E2LEGACY000002',
  ARN: `arn:aws:cloudfront::${ACCOUNT}:distribution/E2LEGACY000002`,
  Status: 'Deployed',
  LastModifiedTime: new Date('2020-01-01T00:00:00Z'),
  InProgressInvalidationBatches: 0,
  DomainName: 'd222222abcdef8.cloudfront.net',
  DistributionConfig: {
    CallerReference: 'legacy',
    Aliases: list([]),
    DefaultRootObject: '',
    Origins: list([
      {
        Id: 'gone',
        DomainName: 'nw-gone.s3.amazonaws.com',
        OriginPath: '',
        S3OriginConfig: { OriginAccessIdentity: 'origin-access-identity/cloudfront/E3OAI' },
        OriginAccessControlId: '',
      },
      {
        Id: 'old',
        DomainName: 'old.example.com',
        OriginPath: '',
        CustomOriginConfig: {
          HTTPPort: 80,
          HTTPSPort: 443,
          OriginProtocolPolicy: 'match-viewer',
          OriginSslProtocols: list(['SSLv3', 'TLSv1']),
        },
      },
    ]),
    OriginGroups: list([]),
    DefaultCacheBehavior: { TargetOriginId: 'old', ViewerProtocolPolicy: 'allow-all' },
    CacheBehaviors: list([]),
    Comment: 'legacy',
    Logging: { Enabled: false, IncludeCookies: false, Bucket: '', Prefix: '' },
    PriceClass: 'PriceClass_All',
    Enabled: true,
    ViewerCertificate: {
      CloudFrontDefaultCertificate: true,
      MinimumProtocolVersion: 'TLSv1',
      CertificateSource: 'cloudfront',
    },
    WebACLId: '',
    HttpVersion: 'http1.1',
  },
};

const API_TASK = {
  taskDefinitionArn: ecs('task-definition', 'api:3'),
  family: 'api',
  revision: 3,
  status: 'ACTIVE',
  networkMode: 'awsvpc',
  requiresCompatibilities: ['FARGATE'],
  containerDefinitions: [
    {
      name: 'api',
      image: 'example/api:1',
      readonlyRootFilesystem: true,
      privileged: false,
      user: '1000:1000',
      environment: [{ name: 'LOG_LEVEL', value: 'info' }],
      logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/ecs/api' } },
    },
  ],
};

const WORKER_TASK = {
  taskDefinitionArn: ecs('task-definition', 'worker:7'),
  family: 'worker',
  revision: 7,
  status: 'ACTIVE',
  networkMode: 'host',
  pidMode: 'host',
  requiresCompatibilities: ['EC2'],
  containerDefinitions: [
    {
      name: 'worker',
      image: 'example/worker:1',
      privileged: true,
      environment: [
        { name: 'AWS_SECRET_ACCESS_KEY', value: 'replay-not-a-secret' },
        { name: 'QUEUE', value: 'jobs' },
      ],
    },
  ],
};

/** The recordings; region-specific answers first, then empty answers for every other region. */
export function edgeRecordings(): Recording[] {
  const r = REGION;
  return [
    {
      service: 'cloudfront',
      operation: 'ListDistributions',
      output: {
        DistributionList: {
          Marker: '',
          MaxItems: 100,
          IsTruncated: false,
          Quantity: 2,
          Items: [
            { Id: SECURE_DISTRIBUTION.Id, ARN: SECURE_DISTRIBUTION.ARN },
            { Id: LEGACY_DISTRIBUTION.Id, ARN: LEGACY_DISTRIBUTION.ARN },
          ],
        },
      },
    },
    {
      service: 'cloudfront',
      operation: 'GetDistribution',
      when: (p) => p.Id === SECURE_DISTRIBUTION.Id,
      output: { Distribution: SECURE_DISTRIBUTION, ETag: 'E1' },
    },
    {
      service: 'cloudfront',
      operation: 'GetDistribution',
      when: (p) => p.Id === LEGACY_DISTRIBUTION.Id,
      output: { Distribution: LEGACY_DISTRIBUTION, ETag: 'E2' },
    },
    {
      service: 'route53',
      operation: 'ListHostedZones',
      output: {
        HostedZones: [
          {
            Id: '/hostedzone/Z1LOGGED',
            Name: 'shop.example.com.',
            CallerReference: 'a',
            Config: { PrivateZone: false },
          },
          {
            Id: '/hostedzone/Z2SILENT',
            Name: 'old.example.com.',
            CallerReference: 'b',
            Config: { PrivateZone: false },
          },
          {
            Id: '/hostedzone/Z3PRIVATE',
            Name: 'internal.example.',
            CallerReference: 'c',
            Config: { PrivateZone: true },
          },
        ],
        IsTruncated: false,
        MaxItems: 100,
        Marker: '',
      },
    },
    {
      service: 'route53',
      operation: 'ListQueryLoggingConfigs',
      output: {
        QueryLoggingConfigs: [
          {
            Id: 'q1',
            HostedZoneId: 'Z1LOGGED',
            CloudWatchLogsLogGroupArn: `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/aws/route53/shop`,
          },
        ],
      },
    },
    {
      service: 'autoscaling',
      operation: 'DescribeAutoScalingGroups',
      region: r,
      times: 1,
      error: { status: 400, code: 'Throttling', message: 'Rate exceeded' },
    },
    {
      service: 'autoscaling',
      operation: 'DescribeAutoScalingGroups',
      region: r,
      output: {
        AutoScalingGroups: [
          {
            AutoScalingGroupName: 'web-asg',
            AutoScalingGroupARN: asg('web-asg'),
            LaunchConfigurationName: 'web-lc-v1',
            MinSize: 1,
            MaxSize: 2,
            DesiredCapacity: 1,
            DefaultCooldown: 300,
            AvailabilityZones: [`${r}a`],
            LoadBalancerNames: [],
            TargetGroupARNs: [`arn:aws:elasticloadbalancing:${r}:${ACCOUNT}:targetgroup/web/1`],
            HealthCheckType: 'EC2',
            CreatedTime: new Date('2024-01-01T00:00:00Z'),
            Tags: [{ Key: 'Owner', Value: 'web', ResourceId: 'web-asg', ResourceType: 'auto-scaling-group' }],
          },
          {
            AutoScalingGroupName: 'api-asg',
            AutoScalingGroupARN: asg('api-asg'),
            MixedInstancesPolicy: {
              LaunchTemplate: {
                LaunchTemplateSpecification: { LaunchTemplateName: 'api', Version: '$Latest' },
                Overrides: [{ InstanceType: 'm6i.large' }, { InstanceType: 'm5.large' }],
              },
            },
            MinSize: 2,
            MaxSize: 4,
            DesiredCapacity: 2,
            DefaultCooldown: 300,
            AvailabilityZones: [`${r}a`, `${r}b`],
            LoadBalancerNames: [],
            TargetGroupARNs: [`arn:aws:elasticloadbalancing:${r}:${ACCOUNT}:targetgroup/api/2`],
            HealthCheckType: 'ELB',
            CreatedTime: new Date('2025-01-01T00:00:00Z'),
          },
        ],
      },
    },
    {
      service: 'autoscaling',
      operation: 'DescribeLaunchConfigurations',
      region: r,
      output: {
        LaunchConfigurations: [
          {
            LaunchConfigurationName: 'web-lc-v1',
            LaunchConfigurationARN: lc('web-lc-v1'),
            ImageId: 'ami-0123456789abcdef0',
            InstanceType: 't3.small',
            UserData: 'IyEvYmluL3NoCmV4cG9ydCBEQl9QQVNTV09SRD1odW50ZXIy',
            AssociatePublicIpAddress: true,
            MetadataOptions: { HttpTokens: 'optional', HttpPutResponseHopLimit: 2, HttpEndpoint: 'enabled' },
            CreatedTime: new Date('2024-01-01T00:00:00Z'),
          },
          {
            LaunchConfigurationName: 'web-lc-v2',
            LaunchConfigurationARN: lc('web-lc-v2'),
            ImageId: 'ami-0123456789abcdef0',
            InstanceType: 't3.small',
            AssociatePublicIpAddress: false,
            MetadataOptions: { HttpTokens: 'required', HttpPutResponseHopLimit: 1, HttpEndpoint: 'enabled' },
            CreatedTime: new Date('2025-01-01T00:00:00Z'),
          },
        ],
      },
    },
    {
      service: 'ecs',
      operation: 'ListClusters',
      region: r,
      output: { clusterArns: [ecs('cluster', 'prod'), ecs('cluster', 'dev')] },
    },
    {
      service: 'ecs',
      operation: 'DescribeClusters',
      region: r,
      output: {
        clusters: [
          {
            clusterArn: ecs('cluster', 'prod'),
            clusterName: 'prod',
            status: 'ACTIVE',
            settings: [{ name: 'containerInsights', value: 'enabled' }],
            tags: [{ key: 'Owner', value: 'platform' }],
          },
          { clusterArn: ecs('cluster', 'dev'), clusterName: 'dev', status: 'ACTIVE', settings: [] },
        ],
        failures: [],
      },
    },
    {
      service: 'ecs',
      operation: 'ListServices',
      region: r,
      when: (p) => p.cluster === ecs('cluster', 'prod'),
      output: { serviceArns: [ecs('service', 'prod/api')] },
    },
    {
      service: 'ecs',
      operation: 'ListServices',
      region: r,
      when: (p) => p.cluster === ecs('cluster', 'dev'),
      output: { serviceArns: [ecs('service', 'dev/worker')] },
    },
    {
      service: 'ecs',
      operation: 'DescribeServices',
      region: r,
      when: (p) => p.cluster === ecs('cluster', 'prod'),
      output: {
        services: [
          {
            serviceArn: ecs('service', 'prod/api'),
            serviceName: 'api',
            clusterArn: ecs('cluster', 'prod'),
            launchType: 'FARGATE',
            platformVersion: 'LATEST',
            platformFamily: 'Linux',
            taskDefinition: API_TASK.taskDefinitionArn,
            networkConfiguration: {
              awsvpcConfiguration: {
                subnets: ['subnet-1'],
                securityGroups: ['sg-1'],
                assignPublicIp: 'DISABLED',
              },
            },
            deployments: [{ id: 'ecs-svc/1', status: 'PRIMARY' }],
            events: [{ id: 'e1', message: 'steady state' }],
          },
        ],
        failures: [],
      },
    },
    {
      service: 'ecs',
      operation: 'DescribeServices',
      region: r,
      when: (p) => p.cluster === ecs('cluster', 'dev'),
      output: {
        services: [
          {
            serviceArn: ecs('service', 'dev/worker'),
            serviceName: 'worker',
            clusterArn: ecs('cluster', 'dev'),
            capacityProviderStrategy: [{ capacityProvider: 'FARGATE_SPOT', weight: 1 }],
            platformVersion: '1.3.0',
            taskDefinition: WORKER_TASK.taskDefinitionArn,
            networkConfiguration: {
              awsvpcConfiguration: {
                subnets: ['subnet-2'],
                securityGroups: ['sg-2'],
                assignPublicIp: 'ENABLED',
              },
            },
          },
        ],
        failures: [],
      },
    },
    {
      service: 'ecs',
      operation: 'ListTaskDefinitions',
      region: r,
      when: (p) => p.nextToken === undefined,
      output: { taskDefinitionArns: [API_TASK.taskDefinitionArn], nextToken: 'page-2' },
    },
    {
      service: 'ecs',
      operation: 'ListTaskDefinitions',
      region: r,
      when: (p) => p.nextToken === 'page-2',
      output: { taskDefinitionArns: [WORKER_TASK.taskDefinitionArn] },
    },
    {
      service: 'ecs',
      operation: 'DescribeTaskDefinition',
      region: r,
      when: (p) => p.taskDefinition === API_TASK.taskDefinitionArn,
      output: { taskDefinition: API_TASK, tags: [{ key: 'Owner', value: 'api' }] },
    },
    {
      service: 'ecs',
      operation: 'DescribeTaskDefinition',
      region: r,
      when: (p) => p.taskDefinition === WORKER_TASK.taskDefinitionArn,
      output: { taskDefinition: WORKER_TASK, tags: [] },
    },
    {
      service: 'apigateway',
      operation: 'GetRestApis',
      region: r,
      output: { items: [{ id: 'a1b2c3d4e5', name: 'shop-api' }] },
    },
    {
      service: 'apigateway',
      operation: 'GetStages',
      region: r,
      when: (p) => p.restApiId === 'a1b2c3d4e5',
      output: {
        item: [
          {
            stageName: 'prod',
            deploymentId: 'dep1',
            clientCertificateId: 'cert1',
            tracingEnabled: true,
            webAclArn: `arn:aws:wafv2:${r}:${ACCOUNT}:regional/webacl/api/1111aaaa-0000-4000-8000-000000000003`,
            cacheClusterEnabled: true,
            cacheClusterSize: '0.5',
            methodSettings: {
              '*/*': {
                loggingLevel: 'ERROR',
                cachingEnabled: true,
                cacheDataEncrypted: true,
                metricsEnabled: false,
              },
            },
            tags: { Owner: 'shop' },
          },
          {
            stageName: 'dev',
            deploymentId: 'dep2',
            tracingEnabled: false,
            cacheClusterEnabled: true,
            cacheClusterSize: '0.5',
            methodSettings: {
              '*/*': { loggingLevel: 'INFO', cachingEnabled: false, cacheDataEncrypted: false },
              'Pets/GET': { loggingLevel: 'OFF', cachingEnabled: true, cacheDataEncrypted: false },
            },
          },
        ],
      },
    },
    // Every other region: nothing there.
    { service: 'apigateway', operation: 'GetRestApis', output: { items: [] } },
    { service: 'autoscaling', operation: 'DescribeAutoScalingGroups', output: { AutoScalingGroups: [] } },
    {
      service: 'autoscaling',
      operation: 'DescribeLaunchConfigurations',
      output: { LaunchConfigurations: [] },
    },
    { service: 'ecs', operation: 'ListClusters', output: { clusterArns: [] } },
    { service: 'ecs', operation: 'ListTaskDefinitions', output: { taskDefinitionArns: [] } },
  ];
}
