/** Secure baseline configs for the analytics-service rule tests (OpenSearch, Redshift, SageMaker, CodeBuild, DMS, MSK). */
import type { ConfigOf } from '../../../inventory/types.js';

const ACCOUNT = '111122223333';
const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/k1`;

export const secureOpenSearchDomain: ConfigOf<'aws.opensearch.domain'> = {
  domainName: 'search',
  engineVersion: 'OpenSearch_2.13',
  vpcSubnetIds: ['subnet-0123456789abcdef0'],
  securityGroupIds: ['sg-0123456789abcdef0'],
  encryptionAtRest: true,
  kmsKeyId: KEY,
  nodeToNodeEncryption: true,
  enforceHttps: true,
  tlsSecurityPolicy: 'Policy-Min-TLS-1-2-PFS-2023-10',
  enabledLogTypes: ['AUDIT_LOGS', 'ES_APPLICATION_LOGS'],
  instanceCount: 3,
  zoneAwarenessEnabled: true,
  dedicatedMasterEnabled: true,
  dedicatedMasterCount: 3,
  fineGrainedAccessControl: true,
  softwareUpdateAvailable: false,
};

export const secureRedshiftCluster: ConfigOf<'aws.redshift.cluster'> = {
  clusterIdentifier: 'warehouse',
  publiclyAccessible: false,
  enhancedVpcRouting: true,
  encrypted: true,
  kmsKeyId: KEY,
  masterUsername: 'wh_admin',
  dbName: 'analytics',
  allowVersionUpgrade: true,
  automatedSnapshotRetentionPeriod: 7,
  auditLoggingEnabled: true,
  requireSsl: true,
  vpcId: 'vpc-0123456789abcdef0',
  vpcSecurityGroupIds: ['sg-0123456789abcdef0'],
};

export const secureNotebookInstance: ConfigOf<'aws.sagemaker.notebook-instance'> = {
  notebookInstanceName: 'research',
  directInternetAccess: false,
  rootAccess: false,
  subnetId: 'subnet-0123456789abcdef0',
  securityGroupIds: ['sg-0123456789abcdef0'],
  kmsKeyId: KEY,
};

export const secureCodeBuildProject: ConfigOf<'aws.codebuild.project'> = {
  name: 'build',
  sources: [{ type: 'GITHUB', location: 'https://github.com/example/app.git', credentialsInUrl: false }],
  environmentVariables: [
    { name: 'STAGE', type: 'PLAINTEXT' },
    { name: 'AWS_SECRET_ACCESS_KEY', type: 'SECRETS_MANAGER' },
  ],
  privilegedMode: false,
  cloudWatchLogsEnabled: true,
  s3LogsEnabled: true,
  s3LogsEncrypted: true,
  serviceRole: `arn:aws:iam::${ACCOUNT}:role/codebuild`,
};

export const secureReplicationInstance: ConfigOf<'aws.dms.replication-instance'> = {
  replicationInstanceIdentifier: 'migrate',
  publiclyAccessible: false,
  autoMinorVersionUpgrade: true,
  multiAZ: true,
  kmsKeyId: KEY,
};

export const secureMskCluster: ConfigOf<'aws.msk.cluster'> = {
  clusterName: 'events',
  inClusterEncryption: true,
  clientBrokerEncryption: 'TLS',
  enhancedMonitoring: 'PER_BROKER',
};

export const secureCacheCluster: ConfigOf<'aws.elasticache.cluster'> = {
  cacheClusterId: 'sessions',
  engine: 'redis',
  engineVersion: '7.1.0',
  snapshotRetentionLimit: 7,
  autoMinorVersionUpgrade: true,
  cacheSubnetGroupName: 'cache-private',
  replicationGroupId: null,
};

export const secureReplicationGroup: ConfigOf<'aws.elasticache.replication-group'> = {
  replicationGroupId: 'sessions',
  engineVersion: '5.0.6',
  automaticFailover: 'enabled',
  atRestEncryption: true,
  transitEncryption: true,
  authTokenEnabled: true,
  snapshotRetentionLimit: 7,
};

export const secureEmrCluster: ConfigOf<'aws.emr.cluster'> = {
  clusterId: 'j-2AXXXXXXGAPLF',
  state: 'WAITING',
  primaryPublicIps: [],
};

export const secureEmrBlockPublicAccess: ConfigOf<'aws.emr.block-public-access'> = {
  blockPublicSecurityGroupRules: true,
  permittedPortRanges: [{ from: 22, to: 22 }],
};

export const secureEndpointConfig: ConfigOf<'aws.sagemaker.endpoint-config'> = {
  endpointConfigName: 'scoring',
  productionVariants: [{ variantName: 'primary', initialInstanceCount: 2 }],
};

export const secureSageMakerModel: ConfigOf<'aws.sagemaker.model'> = {
  modelName: 'scoring',
  networkIsolation: true,
};
