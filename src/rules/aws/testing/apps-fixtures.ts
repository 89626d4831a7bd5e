/** Secure baseline configs for the application platform rule tests (Elastic Beanstalk, AppSync, ...). */
import type { ConfigOf } from '../../../inventory/types.js';

export const secureBeanstalkEnvironment: ConfigOf<'aws.elasticbeanstalk.environment'> = {
  environmentId: 'e-abcdef1234',
  applicationName: 'shop',
  status: 'Ready',
  healthReportingSystem: 'enhanced',
  streamLogs: true,
};

export const secureStack: ConfigOf<'aws.cloudformation.stack'> = {
  stackName: 'network',
  stackStatus: 'UPDATE_COMPLETE',
  notificationArns: ['arn:aws:sns:us-east-1:111122223333:stack-events'],
};

export const secureReportGroup: ConfigOf<'aws.codebuild.report-group'> = {
  exportType: 'S3',
  exportEncryptionDisabled: false,
  exportEncryptionKey: 'arn:aws:kms:us-east-1:111122223333:key/1111aaaa-2222-bbbb-3333-cccc4444dddd',
};

export const secureUserPool: ConfigOf<'aws.cognito.user-pool'> = { advancedSecurityMode: 'ENFORCED' };

export const secureGraphqlApi: ConfigOf<'aws.appsync.graphql-api'> = {
  apiId: 'abcdefghijklmnopqrstuvwxyz',
  fieldLogLevel: 'ERROR',
  cache: { atRestEncryptionEnabled: true },
};

export const secureCertificateAuthority: ConfigOf<'aws.acmpca.certificate-authority'> = {
  caType: 'ROOT',
  status: 'DISABLED',
};

export const secureV2Api: ConfigOf<'aws.apigateway.v2-api'> = {
  apiId: 'a1b2c3d4e5',
  protocolType: 'HTTP',
  routes: [
    { routeId: 'r1', routeKey: 'GET /orders', authorizationType: 'JWT' },
    { routeId: 'r2', routeKey: 'POST /orders', authorizationType: 'AWS_IAM' },
  ],
};

export const secureV2Stage: ConfigOf<'aws.apigateway.v2-stage'> = {
  apiId: 'a1b2c3d4e5',
  stageName: '$default',
  accessLogDestinationArn: 'arn:aws:logs:us-east-1:111122223333:log-group:api-access',
};
