/**
 * Application platform resources judged by AWS FSBP: Elastic Beanstalk environments, CloudFormation
 * stacks, CodeBuild report groups, Cognito user pools, AppSync GraphQL APIs, AWS Private CA
 * certificate authorities and API Gateway V2 (HTTP and WebSocket) APIs and stages.
 */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

export const elasticBeanstalkEnvironment = defineAssetType({
  type: 'aws.elasticbeanstalk.environment',
  provider: 'aws',
  title: 'Elastic Beanstalk environment',
  config: z.object({
    environmentId: maybe(z.string()),
    applicationName: maybe(z.string()),
    /** `Launching`, `Ready`, `Terminated`, ... */
    status: maybe(z.string()),
    /**
     * `enhanced` or `basic`: option `aws:elasticbeanstalk:healthreporting:system` / `SystemType`
     * (DescribeConfigurationSettings; AWS Config does not record option settings).
     */
    healthReportingSystem: maybe(z.string()),
    /** Option `aws:elasticbeanstalk:cloudwatch:logs` / `StreamLogs`: instance logs go to CloudWatch Logs. */
    streamLogs: maybe(z.boolean()),
  }),
});

export const cloudFormationStack = defineAssetType({
  type: 'aws.cloudformation.stack',
  provider: 'aws',
  title: 'CloudFormation stack',
  config: z.object({
    stackName: maybe(z.string()),
    stackStatus: maybe(z.string()),
    /** SNS topics the stack sends its events to; empty when none. */
    notificationArns: maybe(z.array(z.string())),
  }),
});

export const codeBuildReportGroup = defineAssetType({
  type: 'aws.codebuild.report-group',
  provider: 'aws',
  title: 'CodeBuild report group',
  config: z.object({
    /** `S3` (reports are exported to a bucket) or `NO_EXPORT`. */
    exportType: maybe(z.string()),
    /** The S3 export turns encryption off; null when there is no S3 export. */
    exportEncryptionDisabled: maybe(z.boolean().nullable()),
    /** The KMS key the export is encrypted with; null when none is named. */
    exportEncryptionKey: maybe(z.string().nullable()),
  }),
});

export const cognitoUserPool = defineAssetType({
  type: 'aws.cognito.user-pool',
  provider: 'aws',
  title: 'Cognito user pool',
  config: z.object({
    /** Threat protection for standard authentication: `OFF`, `AUDIT` (audit only) or `ENFORCED` (full function). */
    advancedSecurityMode: maybe(z.string()),
  }),
});

export const appSyncGraphqlApi = defineAssetType({
  type: 'aws.appsync.graphql-api',
  provider: 'aws',
  title: 'AppSync GraphQL API',
  config: z.object({
    apiId: maybe(z.string()),
    /** Field-level logging: `NONE`, `ERROR`, `INFO`, `DEBUG` or `ALL`; null when logging is not configured. */
    fieldLogLevel: maybe(z.string().nullable()),
    /** The API's cache (GetApiCache); null when it has none. */
    cache: maybe(z.object({ atRestEncryptionEnabled: z.boolean() }).nullable()),
  }),
});

export const acmPcaCertificateAuthority = defineAssetType({
  type: 'aws.acmpca.certificate-authority',
  provider: 'aws',
  title: 'AWS Private CA certificate authority',
  config: z.object({
    /** `ROOT` or `SUBORDINATE`. */
    caType: maybe(z.string()),
    /** `ACTIVE`, `DISABLED`, `PENDING_CERTIFICATE`, `CREATING`, `EXPIRED`, `FAILED`, `DELETED`. */
    status: maybe(z.string()),
  }),
});

export const apiGatewayV2RouteSchema = z.object({
  routeId: z.string(),
  routeKey: z.string(),
  /** `NONE`, `AWS_IAM`, `CUSTOM` or `JWT`. */
  authorizationType: z.string(),
});

export const apiGatewayV2Api = defineAssetType({
  type: 'aws.apigateway.v2-api',
  provider: 'aws',
  title: 'API Gateway V2 (HTTP or WebSocket) API',
  config: z.object({
    apiId: maybe(z.string()),
    /** `HTTP` or `WEBSOCKET`. */
    protocolType: maybe(z.string()),
    /** The API's routes (GetRoutes; AWS Config does not record routes). */
    routes: maybe(z.array(apiGatewayV2RouteSchema)),
  }),
});

export const apiGatewayV2Stage = defineAssetType({
  type: 'aws.apigateway.v2-stage',
  provider: 'aws',
  title: 'API Gateway V2 stage',
  config: z.object({
    apiId: maybe(z.string()),
    stageName: maybe(z.string()),
    /** Where access logs go; null when access logging is not configured. */
    accessLogDestinationArn: maybe(z.string().nullable()),
  }),
});

export const appsAssetTypes = [
  elasticBeanstalkEnvironment,
  cloudFormationStack,
  codeBuildReportGroup,
  cognitoUserPool,
  appSyncGraphqlApi,
  acmPcaCertificateAuthority,
  apiGatewayV2Api,
  apiGatewayV2Stage,
] as const;
