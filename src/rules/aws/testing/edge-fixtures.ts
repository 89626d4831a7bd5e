/** Secure baseline configs for the CloudFront, Auto Scaling and ECS rule tests. */
import type { CloudFrontOrigin } from '../../../inventory/aws/cloudfront.js';
import type { EcsContainer } from '../../../inventory/aws/ecs.js';
import type { ConfigOf } from '../../../inventory/types.js';

export const s3Origin: CloudFrontOrigin = {
  id: 'assets',
  domainName: 'assets-bucket.s3.us-east-1.amazonaws.com',
  kind: 's3',
  originProtocolPolicy: null,
  originSslProtocols: null,
  originAccessControlId: 'E2OAC',
  originAccessIdentity: null,
};

export const customOrigin: CloudFrontOrigin = {
  id: 'api',
  domainName: 'api.example.com',
  kind: 'custom',
  originProtocolPolicy: 'https-only',
  originSslProtocols: ['TLSv1.2'],
  originAccessControlId: null,
  originAccessIdentity: null,
};

export const secureDistribution: ConfigOf<'aws.cloudfront.distribution'> = {
  enabled: true,
  domainName: 'd111111abcdef8.cloudfront.net',
  defaultRootObject: 'index.html',
  viewerProtocolPolicies: [
    { pathPattern: null, policy: 'redirect-to-https' },
    { pathPattern: '/api/*', policy: 'https-only' },
  ],
  origins: [s3Origin, customOrigin],
  originGroupCount: 1,
  logging: { enabled: true, bucket: 'logs.s3.amazonaws.com' },
  webAclId: 'arn:aws:wafv2:us-east-1:111122223333:global/webacl/edge/1',
  viewerCertificate: {
    cloudFrontDefaultCertificate: false,
    sslSupportMethod: 'sni-only',
    minimumProtocolVersion: 'TLSv1.2_2021',
    acmCertificateArn: 'arn:aws:acm:us-east-1:111122223333:certificate/c1',
    iamCertificateId: null,
  },
};

export const secureAutoScalingGroup: ConfigOf<'aws.autoscaling.group'> = {
  healthCheckType: 'ELB',
  loadBalancerNames: [],
  targetGroupArns: ['arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/app/1'],
  availabilityZones: ['us-east-1a', 'us-east-1b'],
  launchConfigurationName: null,
  launchTemplate: 'app',
  mixedInstanceTypes: ['m6i.large', 'm5.large'],
};

export const secureLaunchConfiguration: ConfigOf<'aws.autoscaling.launch-configuration'> = {
  metadataHttpTokens: 'required',
  metadataHttpEndpoint: 'enabled',
  metadataHopLimit: 1,
  associatePublicIpAddress: false,
  imageId: 'ami-0123456789abcdef0',
  instanceType: 'm6i.large',
};

export const secureContainer: EcsContainer = {
  name: 'app',
  privileged: false,
  readonlyRootFilesystem: true,
  user: '1000:1000',
  environmentNames: ['LOG_LEVEL'],
  logDriver: 'awslogs',
};

export const secureTaskDefinition: ConfigOf<'aws.ecs.task-definition'> = {
  family: 'app',
  revision: 3,
  status: 'ACTIVE',
  networkMode: 'awsvpc',
  pidMode: null,
  containers: [secureContainer],
};

export const secureEcsService: ConfigOf<'aws.ecs.service'> = {
  cluster: 'arn:aws:ecs:us-east-1:111122223333:cluster/prod',
  launchType: 'FARGATE',
  capacityProviders: [],
  platformVersion: 'LATEST',
  platformFamily: 'Linux',
  assignPublicIp: 'DISABLED',
  taskDefinition: 'arn:aws:ecs:us-east-1:111122223333:task-definition/app:3',
};

export const secureEcsCluster: ConfigOf<'aws.ecs.cluster'> = { containerInsights: 'enabled' };

export const secureApiStage: ConfigOf<'aws.apigateway.stage'> = {
  restApiId: 'a1b2c3d4e5',
  stageName: 'prod',
  methodSettings: [{ path: '*/*', loggingLevel: 'ERROR', cachingEnabled: true, cacheDataEncrypted: true }],
  clientCertificateId: 'cert1',
  tracingEnabled: true,
  webAclArn: 'arn:aws:wafv2:us-east-1:111122223333:regional/webacl/api/1',
  cacheClusterEnabled: true,
};
