/** Secure baseline configs for the DB cluster, cluster snapshot, event subscription and Classic LB rule tests. */
import type { ConfigOf } from '../../../inventory/types.js';

const ACCOUNT = '111122223333';
const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/k1`;

/** An Aurora PostgreSQL cluster with every recommended setting on. */
export const secureDbCluster: ConfigOf<'aws.rds.db-cluster'> = {
  dbClusterIdentifier: 'orders',
  engine: 'aurora-postgresql',
  engineVersion: '16.4',
  engineMode: 'provisioned',
  status: 'available',
  storageEncrypted: true,
  kmsKeyId: KEY,
  backupRetentionPeriod: 14,
  deletionProtection: true,
  iamDatabaseAuthenticationEnabled: true,
  multiAZ: true,
  availabilityZones: ['us-east-1a', 'us-east-1b', 'us-east-1c'],
  copyTagsToSnapshot: true,
  enabledCloudwatchLogsExports: ['postgresql'],
  masterUsername: 'orders_owner',
  backtrackWindow: null,
  autoMinorVersionUpgrade: null,
  port: 5432,
  vpcSecurityGroupIds: ['sg-0123456789abcdef0'],
  members: ['orders-1', 'orders-2'],
};

/** An Aurora MySQL cluster with backtracking and audit logs. */
export const secureAuroraMysqlCluster: ConfigOf<'aws.rds.db-cluster'> = {
  ...secureDbCluster,
  dbClusterIdentifier: 'carts',
  engine: 'aurora-mysql',
  engineVersion: '8.0.mysql_aurora.3.07.1',
  enabledCloudwatchLogsExports: ['audit', 'error', 'slowquery'],
  backtrackWindow: 86400,
  port: 3306,
};

/** A Multi-AZ DB cluster (RDS for PostgreSQL), which carries its own minor-upgrade setting. */
export const secureMultiAzCluster: ConfigOf<'aws.rds.db-cluster'> = {
  ...secureDbCluster,
  dbClusterIdentifier: 'ledger',
  engine: 'postgres',
  engineVersion: '16.4',
  autoMinorVersionUpgrade: true,
};

export const secureDocdbCluster: ConfigOf<'aws.rds.db-cluster'> = {
  ...secureDbCluster,
  dbClusterIdentifier: 'catalog',
  engine: 'docdb',
  engineVersion: '5.0.0',
  enabledCloudwatchLogsExports: ['audit', 'profiler'],
  iamDatabaseAuthenticationEnabled: false,
  port: 27017,
};

export const secureNeptuneCluster: ConfigOf<'aws.rds.db-cluster'> = {
  ...secureDbCluster,
  dbClusterIdentifier: 'graph',
  engine: 'neptune',
  engineVersion: '1.3.2.1',
  enabledCloudwatchLogsExports: ['audit'],
  masterUsername: null,
  port: 8182,
};

export const secureClusterSnapshot: ConfigOf<'aws.rds.db-cluster-snapshot'> = {
  snapshotIdentifier: 'orders-2026-05-01',
  snapshotType: 'manual',
  engine: 'aurora-postgresql',
  storageEncrypted: true,
  kmsKeyId: KEY,
  sourceDbClusterIdentifier: 'orders',
  restoreAttributeValues: [],
  vpcId: 'vpc-0123456789abcdef0',
};

export const secureEventSubscription: ConfigOf<'aws.rds.event-subscription'> = {
  subscriptionId: 'db-alerts',
  enabled: true,
  sourceType: 'db-instance',
  eventCategories: [],
  sourceIds: [],
  snsTopicArn: `arn:aws:sns:us-east-1:${ACCOUNT}:db-alerts`,
};

export const secureClassicLoadBalancer: ConfigOf<'aws.elb.load-balancer'> = {
  loadBalancerName: 'legacy',
  scheme: 'internet-facing',
  dnsName: 'legacy-1234.us-east-1.elb.amazonaws.com',
  vpcId: 'vpc-0123456789abcdef0',
  securityGroupIds: ['sg-0123456789abcdef0'],
  availabilityZones: ['us-east-1a', 'us-east-1b'],
  listeners: [
    {
      protocol: 'HTTPS',
      loadBalancerPort: 443,
      instanceProtocol: 'HTTPS',
      instancePort: 8443,
      sslCertificateId: `arn:aws:acm:us-east-1:${ACCOUNT}:certificate/1111aaaa-2222-bbbb-3333-cccc4444dddd`,
    },
  ],
  connectionDrainingEnabled: true,
  crossZoneLoadBalancingEnabled: true,
  accessLogsEnabled: true,
  desyncMitigationMode: 'defensive',
};
