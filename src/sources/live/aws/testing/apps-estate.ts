/**
 * Test support: recorded responses of the application platform services of the replayed estate
 * (account 111122223333, resources in eu-west-1, nothing elsewhere): Elastic Beanstalk, CloudFormation,
 * CodeBuild report groups, Cognito user pools, AppSync, AWS Private CA and API Gateway V2.
 * `fixtures/apps-config-snapshot.json` describes the same resources as AWS Config exports them (all but
 * the Cognito user pools, which AWS Config does not record). The estate's eu-west-1 subnets are here too
 * (they come before estate-core's empty DescribeSubnets answer).
 */
import type { Recording } from './replay-server.js';

const ACCOUNT = '111122223333';
const R = 'eu-west-1';
const arn = (service: string, resource: string) => `arn:aws:${service}:${R}:${ACCOUNT}:${resource}`;

export const APPS = {
  ebProd: arn('elasticbeanstalk', 'environment/shop/shop-prod'),
  ebDev: arn('elasticbeanstalk', 'environment/shop/shop-dev'),
  stackNetwork: arn('cloudformation', 'stack/network/11111111-aaaa-4bbb-8ccc-000000000001'),
  stackLegacy: arn('cloudformation', 'stack/legacy/11111111-aaaa-4bbb-8ccc-000000000002'),
  reportUnit: arn('codebuild', 'report-group/unit-tests'),
  reportCoverage: arn('codebuild', 'report-group/coverage'),
  poolCustomers: arn('cognito-idp', 'userpool/eu-west-1_Cust0mers'),
  poolStaff: arn('cognito-idp', 'userpool/eu-west-1_St4ff0000'),
  gqlOrders: arn('appsync', 'apis/ordersgqlapi0000000000001'),
  gqlCatalog: arn('appsync', 'apis/cataloggqlapi000000000002'),
  caRoot: arn('acm-pca', 'certificate-authority/11111111-2222-3333-4444-555555555555'),
  caSub: arn('acm-pca', 'certificate-authority/66666666-7777-8888-9999-000000000000'),
  httpApi: `arn:aws:apigateway:${R}::/apis/h77pabcde1`,
  wsApi: `arn:aws:apigateway:${R}::/apis/w55pabcde2`,
} as const;

const option = (Namespace: string, OptionName: string, Value: string) => ({
  Namespace,
  OptionName,
  Value,
});

const subnet = (SubnetId: string, AvailabilityZone: string, CidrBlock: string) => ({
  SubnetId,
  AvailabilityZone,
  CidrBlock,
  VpcId: 'vpc-0a1',
  OwnerId: ACCOUNT,
  MapPublicIpOnLaunch: false,
  State: 'available',
});

/** The recordings: eu-west-1 first, then empty answers everywhere else. */
export function appsRecordings(): Recording[] {
  const r = R;
  return [
    // Elastic Beanstalk
    {
      service: 'elasticbeanstalk',
      operation: 'DescribeEnvironments',
      region: r,
      output: {
        Environments: [
          {
            EnvironmentName: 'shop-prod',
            EnvironmentId: 'e-prod000001',
            ApplicationName: 'shop',
            EnvironmentArn: APPS.ebProd,
            Status: 'Ready',
            Health: 'Green',
            HealthStatus: 'Ok',
            SolutionStackName: '64bit Amazon Linux 2023 v6.1.0 running Node.js 20',
          },
          {
            EnvironmentName: 'shop-dev',
            EnvironmentId: 'e-dev0000002',
            ApplicationName: 'shop',
            EnvironmentArn: APPS.ebDev,
            Status: 'Ready',
            Health: 'Green',
          },
        ],
      },
    },
    {
      service: 'elasticbeanstalk',
      operation: 'DescribeConfigurationSettings',
      region: r,
      when: (p) => p.EnvironmentName === 'shop-prod',
      output: {
        ConfigurationSettings: [
          {
            ApplicationName: 'shop',
            EnvironmentName: 'shop-prod',
            OptionSettings: [
              option('aws:elasticbeanstalk:healthreporting:system', 'SystemType', 'enhanced'),
              option('aws:elasticbeanstalk:cloudwatch:logs', 'StreamLogs', 'true'),
              option('aws:elasticbeanstalk:cloudwatch:logs', 'RetentionInDays', '90'),
            ],
          },
        ],
      },
    },
    {
      service: 'elasticbeanstalk',
      operation: 'DescribeConfigurationSettings',
      region: r,
      when: (p) => p.EnvironmentName === 'shop-dev',
      output: {
        ConfigurationSettings: [
          {
            ApplicationName: 'shop',
            EnvironmentName: 'shop-dev',
            OptionSettings: [option('aws:elasticbeanstalk:healthreporting:system', 'SystemType', 'basic')],
          },
        ],
      },
    },
    // CloudFormation
    {
      service: 'cloudformation',
      operation: 'DescribeStacks',
      region: r,
      output: {
        Stacks: [
          {
            StackName: 'network',
            StackId: APPS.stackNetwork,
            StackStatus: 'UPDATE_COMPLETE',
            CreationTime: new Date('2025-01-10T09:00:00Z'),
            NotificationARNs: [arn('sns', 'stack-events')],
            Parameters: [{ ParameterKey: 'DbPassword', ParameterValue: '****' }],
            Tags: [{ Key: 'owner', Value: 'platform' }],
          },
          {
            StackName: 'legacy',
            StackId: APPS.stackLegacy,
            StackStatus: 'CREATE_COMPLETE',
            CreationTime: new Date('2023-03-01T09:00:00Z'),
            NotificationARNs: [],
          },
        ],
      },
    },
    // CodeBuild report groups
    {
      service: 'codebuild',
      operation: 'ListReportGroups',
      region: r,
      output: { reportGroups: [APPS.reportUnit, APPS.reportCoverage] },
    },
    {
      service: 'codebuild',
      operation: 'BatchGetReportGroups',
      region: r,
      output: {
        reportGroups: [
          {
            arn: APPS.reportUnit,
            name: 'unit-tests',
            type: 'TEST',
            exportConfig: {
              exportConfigType: 'S3',
              s3Destination: { bucket: 'nw-test-reports', path: 'unit', encryptionDisabled: true },
            },
            status: 'ACTIVE',
          },
          {
            arn: APPS.reportCoverage,
            name: 'coverage',
            type: 'CODE_COVERAGE',
            exportConfig: { exportConfigType: 'NO_EXPORT' },
            status: 'ACTIVE',
          },
        ],
      },
    },
    // Cognito user pools (AWS Config does not record them)
    {
      service: 'cognito-idp',
      operation: 'ListUserPools',
      region: r,
      output: {
        UserPools: [
          { Id: 'eu-west-1_Cust0mers', Name: 'customers' },
          { Id: 'eu-west-1_St4ff0000', Name: 'staff' },
        ],
      },
    },
    {
      service: 'cognito-idp',
      operation: 'DescribeUserPool',
      region: r,
      when: (p) => p.UserPoolId === 'eu-west-1_Cust0mers',
      output: {
        UserPool: {
          Id: 'eu-west-1_Cust0mers',
          Name: 'customers',
          Arn: APPS.poolCustomers,
          UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' },
          UserPoolTags: { owner: 'identity' },
        },
      },
    },
    {
      service: 'cognito-idp',
      operation: 'DescribeUserPool',
      region: r,
      when: (p) => p.UserPoolId === 'eu-west-1_St4ff0000',
      output: {
        UserPool: {
          Id: 'eu-west-1_St4ff0000',
          Name: 'staff',
          Arn: APPS.poolStaff,
          UserPoolAddOns: { AdvancedSecurityMode: 'AUDIT' },
        },
      },
    },
    // AppSync
    {
      service: 'appsync',
      operation: 'ListGraphqlApis',
      region: r,
      output: {
        graphqlApis: [
          {
            name: 'orders-gql',
            apiId: 'ordersgqlapi0000000000001',
            arn: APPS.gqlOrders,
            authenticationType: 'AMAZON_COGNITO_USER_POOLS',
            logConfig: {
              fieldLogLevel: 'ERROR',
              cloudWatchLogsRoleArn: `arn:aws:iam::${ACCOUNT}:role/appsync-logs`,
            },
          },
          {
            name: 'catalog-gql',
            apiId: 'cataloggqlapi000000000002',
            arn: APPS.gqlCatalog,
            authenticationType: 'API_KEY',
          },
        ],
      },
    },
    {
      service: 'appsync',
      operation: 'GetApiCache',
      region: r,
      when: (p) => p.apiId === 'ordersgqlapi0000000000001',
      output: {
        apiCache: {
          ttl: 3600,
          apiCachingBehavior: 'FULL_REQUEST_CACHING',
          transitEncryptionEnabled: true,
          atRestEncryptionEnabled: false,
          type: 'SMALL',
          status: 'AVAILABLE',
        },
      },
    },
    {
      service: 'appsync',
      operation: 'GetApiCache',
      region: r,
      error: { status: 404, code: 'NotFoundException', message: 'No API cache found for API' },
    },
    // AWS Private CA
    {
      service: 'acm-pca',
      operation: 'ListCertificateAuthorities',
      region: r,
      output: {
        CertificateAuthorities: [
          {
            Arn: APPS.caRoot,
            Type: 'ROOT',
            Status: 'ACTIVE',
            KeyStorageSecurityStandard: 'FIPS_140_2_LEVEL_3_OR_HIGHER',
          },
          { Arn: APPS.caSub, Type: 'SUBORDINATE', Status: 'ACTIVE' },
        ],
      },
    },
    // API Gateway V2
    {
      service: 'apigatewayv2',
      operation: 'GetApis',
      region: r,
      output: {
        Items: [
          {
            ApiId: 'h77pabcde1',
            Name: 'orders-http',
            ProtocolType: 'HTTP',
            RouteSelectionExpression: '$request.method $request.path',
          },
          {
            ApiId: 'w55pabcde2',
            Name: 'chat-ws',
            ProtocolType: 'WEBSOCKET',
            RouteSelectionExpression: '$request.body.action',
          },
        ],
      },
    },
    {
      service: 'apigatewayv2',
      operation: 'GetRoutes',
      region: r,
      when: (p) => p.ApiId === 'h77pabcde1',
      output: {
        Items: [
          { RouteId: 'rt1', RouteKey: 'GET /orders', AuthorizationType: 'JWT', AuthorizerId: 'au1' },
          { RouteId: 'rt2', RouteKey: 'ANY /{proxy+}', AuthorizationType: 'NONE' },
        ],
      },
    },
    {
      service: 'apigatewayv2',
      operation: 'GetRoutes',
      region: r,
      when: (p) => p.ApiId === 'w55pabcde2',
      output: {
        Items: [
          { RouteId: 'ws1', RouteKey: '$connect', AuthorizationType: 'AWS_IAM' },
          { RouteId: 'ws2', RouteKey: 'sendMessage', AuthorizationType: 'NONE' },
        ],
      },
    },
    {
      service: 'apigatewayv2',
      operation: 'GetStages',
      region: r,
      when: (p) => p.ApiId === 'h77pabcde1',
      output: {
        Items: [
          {
            StageName: '$default',
            AutoDeploy: true,
            AccessLogSettings: {
              DestinationArn: arn('logs', 'log-group:orders-http-access'),
              Format: '$context.requestId $context.status',
            },
          },
        ],
      },
    },
    {
      service: 'apigatewayv2',
      operation: 'GetStages',
      region: r,
      when: (p) => p.ApiId === 'w55pabcde2',
      output: { Items: [{ StageName: 'prod', AutoDeploy: false }] },
    },
    // The subnets of the VPC Lambda functions (app-services-estate.ts), for Lambda.5's Availability Zones.
    {
      service: 'ec2',
      operation: 'DescribeSubnets',
      region: r,
      output: {
        Subnets: [subnet('subnet-0a1', `${r}a`, '10.1.0.0/24'), subnet('subnet-0b2', `${r}b`, '10.1.1.0/24')],
      },
    },
    // Every other region: nothing there.
    { service: 'elasticbeanstalk', operation: 'DescribeEnvironments', output: { Environments: [] } },
    { service: 'cloudformation', operation: 'DescribeStacks', output: { Stacks: [] } },
    { service: 'codebuild', operation: 'ListReportGroups', output: { reportGroups: [] } },
    { service: 'cognito-idp', operation: 'ListUserPools', output: { UserPools: [] } },
    { service: 'appsync', operation: 'ListGraphqlApis', output: { graphqlApis: [] } },
    { service: 'acm-pca', operation: 'ListCertificateAuthorities', output: { CertificateAuthorities: [] } },
    { service: 'apigatewayv2', operation: 'GetApis', output: { Items: [] } },
  ];
}
