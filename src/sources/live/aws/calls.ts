/**
 * Every AWS API call the live collectors make, with the IAM action it needs and why. This table is the
 * source of `parapet permissions aws`; a test replays a whole scan and proves that every request the
 * SDK clients sent is declared here, and that every action here is a read action.
 */
import type { DeclaredCall } from '../types.js';

/** `service` is the SDK client / signing name; `operation` the API operation (the SDK command without `Command`). */
function call(service: string, operation: string, permission: string, why: string): DeclaredCall {
  return { service, operation, permissions: [permission], why };
}

export const AWS_CALLS: readonly DeclaredCall[] = [
  call('sts', 'GetCallerIdentity', 'sts:GetCallerIdentity', 'which account the credentials belong to'),
  call('sts', 'AssumeRole', 'sts:AssumeRole', 'with --org: the scanner role in each member account'),
  call('organizations', 'ListAccounts', 'organizations:ListAccounts', 'with --org: the accounts to scan'),
  call('ec2', 'DescribeRegions', 'ec2:DescribeRegions', 'the regions enabled in the account'),
  call('ec2', 'DescribeSecurityGroups', 'ec2:DescribeSecurityGroups', 'security group rules (exposure)'),
  call('ec2', 'DescribeInstances', 'ec2:DescribeInstances', 'instances: public IPs, IMDS, profiles'),
  call('ec2', 'DescribeVolumes', 'ec2:DescribeVolumes', 'EBS volume encryption'),
  call('ec2', 'DescribeVpcs', 'ec2:DescribeVpcs', 'VPCs (flow-log coverage, default VPCs)'),
  call('ec2', 'DescribeFlowLogs', 'ec2:DescribeFlowLogs', 'VPC flow logs'),
  call(
    'ec2',
    'DescribeNetworkInterfaces',
    'ec2:DescribeNetworkInterfaces',
    'network interfaces (unused groups)',
  ),
  call('ec2', 'DescribeVpcEndpoints', 'ec2:DescribeVpcEndpoints', 'VPC endpoints (EC2 API endpoint)'),
  call('ec2', 'DescribeVpnConnections', 'ec2:DescribeVpnConnections', 'site-to-site VPN tunnel status'),
  call(
    'ec2',
    'DescribeClientVpnEndpoints',
    'ec2:DescribeClientVpnEndpoints',
    'Client VPN connection logging',
  ),
  call(
    'ec2',
    'GetEbsEncryptionByDefault',
    'ec2:GetEbsEncryptionByDefault',
    'EBS encryption by default per region',
  ),
  call(
    'iam',
    'GetAccountAuthorizationDetails',
    'iam:GetAccountAuthorizationDetails',
    'users, roles and customer managed policies with their documents',
  ),
  call(
    'iam',
    'GenerateCredentialReport',
    'iam:GenerateCredentialReport',
    'asks IAM to (re)build the credential report (an IAM read-level action)',
  ),
  call(
    'iam',
    'GetCredentialReport',
    'iam:GetCredentialReport',
    'root and user credentials: MFA, passwords, access keys, last use',
  ),
  call('iam', 'GetAccountPasswordPolicy', 'iam:GetAccountPasswordPolicy', 'the account password policy'),
  call('s3', 'ListBuckets', 's3:ListAllMyBuckets', 'the buckets of the account'),
  call('s3', 'GetBucketLocation', 's3:GetBucketLocation', 'the region of each bucket'),
  call('s3', 'GetBucketAcl', 's3:GetBucketAcl', 'bucket ACL grants (public exposure)'),
  call('s3', 'GetBucketPolicy', 's3:GetBucketPolicy', 'bucket policy (public exposure, TLS-only)'),
  call('s3', 'GetPublicAccessBlock', 's3:GetBucketPublicAccessBlock', 'bucket-level Block Public Access'),
  call('s3', 'GetBucketEncryption', 's3:GetEncryptionConfiguration', 'default encryption'),
  call('s3', 'GetBucketVersioning', 's3:GetBucketVersioning', 'versioning and MFA delete'),
  call('s3', 'GetBucketLogging', 's3:GetBucketLogging', 'server access logging'),
  call('s3', 'GetObjectLockConfiguration', 's3:GetBucketObjectLockConfiguration', 'object lock'),
  call('s3', 'GetBucketTagging', 's3:GetBucketTagging', 'bucket tags (owner, environment)'),
  call('s3', 'GetBucketLifecycleConfiguration', 's3:GetLifecycleConfiguration', 'lifecycle rules'),
  call('s3', 'GetBucketNotificationConfiguration', 's3:GetBucketNotification', 'event notifications'),
  call('s3', 'GetBucketReplication', 's3:GetReplicationConfiguration', 'replication rules'),
  call(
    's3-control',
    'GetPublicAccessBlock',
    's3:GetAccountPublicAccessBlock',
    'account-level Block Public Access',
  ),
  call('kms', 'ListKeys', 'kms:ListKeys', 'the KMS keys of each region'),
  call('kms', 'DescribeKey', 'kms:DescribeKey', 'key manager, spec, state'),
  call('kms', 'GetKeyRotationStatus', 'kms:GetKeyRotationStatus', 'automatic key rotation'),
  call('kms', 'GetKeyPolicy', 'kms:GetKeyPolicy', 'key policy (public exposure)'),
  call('kms', 'ListResourceTags', 'kms:ListResourceTags', 'key tags'),
  call('cloudtrail', 'DescribeTrails', 'cloudtrail:DescribeTrails', 'trails and their settings'),
  call('cloudtrail', 'GetTrailStatus', 'cloudtrail:GetTrailStatus', 'whether each trail is logging'),
  call(
    'cloudtrail',
    'GetEventSelectors',
    'cloudtrail:GetEventSelectors',
    'which management events a trail records',
  ),
  call(
    'logs',
    'DescribeMetricFilters',
    'logs:DescribeMetricFilters',
    'metric filters on trail log groups (CIS 5.x)',
  ),
  call(
    'monitoring',
    'DescribeAlarms',
    'cloudwatch:DescribeAlarms',
    'metric alarms and their actions (CIS 5.x)',
  ),
  call(
    'rds',
    'DescribeDBInstances',
    'rds:DescribeDBInstances',
    'database instances: exposure, encryption, backups',
  ),
  call('rds', 'DescribeDBSnapshots', 'rds:DescribeDBSnapshots', 'database snapshots: encryption'),
  call(
    'rds',
    'DescribeDBSnapshotAttributes',
    'rds:DescribeDBSnapshotAttributes',
    'snapshot sharing (restore attribute)',
  ),
  call('rds', 'DescribeDBParameters', 'rds:DescribeDBParameters', 'TLS enforcement in DB parameter groups'),
  call('rds', 'DescribeDBClusters', 'rds:DescribeDBClusters', 'DB clusters (Aurora, DocumentDB, Neptune)'),
  call('rds', 'DescribeDBClusterSnapshots', 'rds:DescribeDBClusterSnapshots', 'cluster snapshots'),
  call(
    'rds',
    'DescribeDBClusterSnapshotAttributes',
    'rds:DescribeDBClusterSnapshotAttributes',
    'cluster snapshot sharing (restore attribute)',
  ),
  call('rds', 'DescribeEventSubscriptions', 'rds:DescribeEventSubscriptions', 'RDS event notifications'),
  call(
    'elb',
    'DescribeLoadBalancers',
    'elasticloadbalancing:DescribeLoadBalancers',
    'Classic Load Balancers',
  ),
  call(
    'elb',
    'DescribeLoadBalancerAttributes',
    'elasticloadbalancing:DescribeLoadBalancerAttributes',
    'Classic LB draining, cross-zone, access logs, desync mode',
  ),
  call(
    'elasticloadbalancing',
    'DescribeLoadBalancers',
    'elasticloadbalancing:DescribeLoadBalancers',
    'load balancers',
  ),
  call(
    'elasticloadbalancing',
    'DescribeLoadBalancerAttributes',
    'elasticloadbalancing:DescribeLoadBalancerAttributes',
    'access logs, deletion protection, header handling',
  ),
  call(
    'elasticloadbalancing',
    'DescribeListeners',
    'elasticloadbalancing:DescribeListeners',
    'listener protocols and TLS policies',
  ),
  call('cloudfront', 'ListDistributions', 'cloudfront:ListDistributions', 'the CloudFront distributions'),
  call(
    'cloudfront',
    'GetDistribution',
    'cloudfront:GetDistribution',
    'origins, TLS, logging, WAF, root object',
  ),
  // Firewalls: WAFv2, WAF Classic (global and regional) and Network Firewall (collectors/firewalls.ts).
  call('wafv2', 'ListWebACLs', 'wafv2:ListWebACLs', 'WAFv2 web ACLs (regional, and CloudFront in us-east-1)'),
  call('wafv2', 'GetWebACL', 'wafv2:GetWebACL', 'web ACL rules and their CloudWatch metrics'),
  call('wafv2', 'ListLoggingConfigurations', 'wafv2:ListLoggingConfigurations', 'which web ACLs log'),
  call(
    'wafv2',
    'ListResourcesForWebACL',
    'wafv2:ListResourcesForWebACL',
    'the Application Load Balancers each web ACL protects',
  ),
  call('wafv2', 'ListRuleGroups', 'wafv2:ListRuleGroups', 'WAFv2 rule groups'),
  call('wafv2', 'GetRuleGroup', 'wafv2:GetRuleGroup', 'rule group rules and their CloudWatch metrics'),
  ...(['waf', 'waf-regional'] as const).flatMap((svc) => [
    call(svc, 'ListWebACLs', `${svc}:ListWebACLs`, 'WAF Classic web ACLs'),
    call(svc, 'GetWebACL', `${svc}:GetWebACL`, 'the rules of each WAF Classic web ACL'),
    call(svc, 'ListLoggingConfigurations', `${svc}:ListLoggingConfigurations`, 'which web ACLs log'),
    call(svc, 'ListRules', `${svc}:ListRules`, 'WAF Classic rules'),
    call(svc, 'GetRule', `${svc}:GetRule`, 'the conditions of each WAF Classic rule'),
    call(svc, 'ListRuleGroups', `${svc}:ListRuleGroups`, 'WAF Classic rule groups'),
    call(
      svc,
      'ListActivatedRulesInRuleGroup',
      `${svc}:ListActivatedRulesInRuleGroup`,
      'the rules of each WAF Classic rule group',
    ),
  ]),
  call(
    'waf-regional',
    'ListResourcesForWebACL',
    'waf-regional:ListResourcesForWebACL',
    'the Application Load Balancers each WAF Classic web ACL protects',
  ),
  call('network-firewall', 'ListFirewalls', 'network-firewall:ListFirewalls', 'Network Firewall firewalls'),
  call(
    'network-firewall',
    'DescribeFirewall',
    'network-firewall:DescribeFirewall',
    'firewall policy and deletion protection',
  ),
  call(
    'network-firewall',
    'DescribeLoggingConfiguration',
    'network-firewall:DescribeLoggingConfiguration',
    'which logs each firewall sends',
  ),
  call(
    'network-firewall',
    'ListFirewallPolicies',
    'network-firewall:ListFirewallPolicies',
    'Network Firewall policies',
  ),
  call(
    'network-firewall',
    'DescribeFirewallPolicy',
    'network-firewall:DescribeFirewallPolicy',
    'policy rule groups and stateless default actions',
  ),
  call(
    'network-firewall',
    'ListRuleGroups',
    'network-firewall:ListRuleGroups',
    'Network Firewall rule groups',
  ),
  call(
    'network-firewall',
    'DescribeRuleGroup',
    'network-firewall:DescribeRuleGroup',
    'rule group type and stateless rules',
  ),
  call(
    'autoscaling',
    'DescribeAutoScalingGroups',
    'autoscaling:DescribeAutoScalingGroups',
    'Auto Scaling groups',
  ),
  call(
    'autoscaling',
    'DescribeLaunchConfigurations',
    'autoscaling:DescribeLaunchConfigurations',
    'launch configurations: IMDS, public IPs',
  ),
  call('ecs', 'ListClusters', 'ecs:ListClusters', 'the ECS clusters of each region'),
  call('ecs', 'DescribeClusters', 'ecs:DescribeClusters', 'cluster settings (Container Insights)'),
  call('ecs', 'ListServices', 'ecs:ListServices', 'the services of each ECS cluster'),
  call('ecs', 'DescribeServices', 'ecs:DescribeServices', 'service networking and Fargate platform'),
  call('ecs', 'ListTaskDefinitions', 'ecs:ListTaskDefinitions', 'the active ECS task definitions'),
  call('ecs', 'DescribeTaskDefinition', 'ecs:DescribeTaskDefinition', 'container privileges, users, logging'),
  call('apigateway', 'GetRestApis', 'apigateway:GET', 'the REST APIs of each region'),
  call('apigateway', 'GetStages', 'apigateway:GET', 'REST API stages: logging, caching, certificates, WAF'),
  call('apigatewayv2', 'GetApis', 'apigateway:GET', 'the HTTP and WebSocket (V2) APIs of each region'),
  call('apigatewayv2', 'GetRoutes', 'apigateway:GET', 'V2 API routes: authorization type'),
  call('apigatewayv2', 'GetStages', 'apigateway:GET', 'V2 API stages: access logging'),
  call('route53', 'ListHostedZones', 'route53:ListHostedZones', 'the Route 53 hosted zones'),
  call(
    'route53',
    'ListQueryLoggingConfigs',
    'route53:ListQueryLoggingConfigs',
    'DNS query logging of each zone',
  ),
  call('eks', 'ListClusters', 'eks:ListClusters', 'the EKS clusters of each region'),
  call('eks', 'DescribeCluster', 'eks:DescribeCluster', 'endpoint access, logging, secrets encryption'),
  call(
    'securityhub',
    'DescribeHub',
    'securityhub:DescribeHub',
    'whether Security Hub is enabled in each region',
  ),
  call('guardduty', 'ListDetectors', 'guardduty:ListDetectors', 'the GuardDuty detector of each region'),
  call(
    'guardduty',
    'GetDetector',
    'guardduty:GetDetector',
    'whether the detector is enabled, and its protection plans',
  ),
  call(
    'macie2',
    'GetMacieSession',
    'macie2:GetMacieSession',
    'whether Amazon Macie is enabled in each region',
  ),
  call(
    'access-analyzer',
    'ListAnalyzers',
    'access-analyzer:ListAnalyzers',
    'whether IAM Access Analyzer is enabled in each region',
  ),
  call(
    'config',
    'DescribeConfigurationRecorders',
    'config:DescribeConfigurationRecorders',
    'what AWS Config records in each region',
  ),
  call(
    'config',
    'DescribeConfigurationRecorderStatus',
    'config:DescribeConfigurationRecorderStatus',
    'whether AWS Config is recording',
  ),
  call(
    'iam',
    'ListEntitiesForPolicy',
    'iam:ListEntitiesForPolicy',
    'who holds AWSSupportAccess (a support role)',
  ),
  call(
    'iam',
    'ListServerCertificates',
    'iam:ListServerCertificates',
    'expired SSL/TLS certificates stored in IAM',
  ),
  call('ec2', 'DescribeSnapshots', 'ec2:DescribeSnapshots', "the account's own EBS snapshots"),
  call(
    'ec2',
    'DescribeSnapshotAttribute',
    'ec2:DescribeSnapshotAttribute',
    'who may restore each snapshot (createVolumePermission)',
  ),
  call('ec2', 'DescribeLaunchTemplates', 'ec2:DescribeLaunchTemplates', 'launch templates'),
  call(
    'ec2',
    'DescribeLaunchTemplateVersions',
    'ec2:DescribeLaunchTemplateVersions',
    "the default version's network interfaces (public IPs)",
  ),
  call('ec2', 'DescribeTransitGateways', 'ec2:DescribeTransitGateways', 'transit gateway auto-accept'),
  call('ec2', 'DescribeNetworkAcls', 'ec2:DescribeNetworkAcls', 'network ACL entries (admin ports)'),
  call('s3-control', 'ListAccessPoints', 's3:ListAccessPoints', 'the S3 access points of each region'),
  call('s3-control', 'GetAccessPoint', 's3:GetAccessPoint', "each access point's Block Public Access"),
  call('es', 'ListDomainNames', 'es:ListDomainNames', 'the OpenSearch and Elasticsearch domains'),
  call('es', 'DescribeDomains', 'es:DescribeDomains', 'domain exposure, encryption, TLS, logging, shape'),
  call('es', 'ListTags', 'es:ListTags', 'domain tags'),
  call('redshift', 'DescribeClusters', 'redshift:DescribeClusters', 'Redshift clusters and their settings'),
  call('redshift', 'DescribeLoggingStatus', 'redshift:DescribeLoggingStatus', 'Redshift audit logging'),
  call(
    'redshift',
    'DescribeClusterParameters',
    'redshift:DescribeClusterParameters',
    'require_ssl in cluster parameter groups',
  ),
  call('sagemaker', 'ListNotebookInstances', 'sagemaker:ListNotebookInstances', 'SageMaker notebooks'),
  call(
    'sagemaker',
    'DescribeNotebookInstance',
    'sagemaker:DescribeNotebookInstance',
    'notebook network and root access',
  ),
  call('sagemaker', 'ListTags', 'sagemaker:ListTags', 'notebook tags'),
  call(
    'sagemaker',
    'ListEndpointConfigs',
    'sagemaker:ListEndpointConfigs',
    'SageMaker endpoint configurations',
  ),
  call(
    'sagemaker',
    'DescribeEndpointConfig',
    'sagemaker:DescribeEndpointConfig',
    'production variant instance counts',
  ),
  call('sagemaker', 'ListModels', 'sagemaker:ListModels', 'SageMaker models'),
  call('sagemaker', 'DescribeModel', 'sagemaker:DescribeModel', 'model network isolation'),
  call('codebuild', 'ListProjects', 'codebuild:ListProjects', 'the CodeBuild projects'),
  call('codebuild', 'BatchGetProjects', 'codebuild:BatchGetProjects', 'project sources, environment, logs'),
  call('codebuild', 'ListReportGroups', 'codebuild:ListReportGroups', 'the CodeBuild report groups'),
  call(
    'codebuild',
    'BatchGetReportGroups',
    'codebuild:BatchGetReportGroups',
    'report group exports: encryption',
  ),
  call(
    'elasticbeanstalk',
    'DescribeEnvironments',
    'elasticbeanstalk:DescribeEnvironments',
    'Elastic Beanstalk environments',
  ),
  call(
    'elasticbeanstalk',
    'DescribeConfigurationSettings',
    'elasticbeanstalk:DescribeConfigurationSettings',
    'environment options: enhanced health reporting, log streaming to CloudWatch Logs',
  ),
  call(
    'cloudformation',
    'DescribeStacks',
    'cloudformation:DescribeStacks',
    'CloudFormation stacks: SNS notifications',
  ),
  call('cognito-idp', 'ListUserPools', 'cognito-idp:ListUserPools', 'the Cognito user pools'),
  call('cognito-idp', 'DescribeUserPool', 'cognito-idp:DescribeUserPool', 'user pool threat protection mode'),
  call('appsync', 'ListGraphqlApis', 'appsync:ListGraphqlApis', 'AppSync GraphQL APIs: field-level logging'),
  call('appsync', 'GetApiCache', 'appsync:GetApiCache', 'AppSync API caches: encryption at rest'),
  call(
    'acm-pca',
    'ListCertificateAuthorities',
    'acm-pca:ListCertificateAuthorities',
    'AWS Private CA certificate authorities: type and status',
  ),
  call(
    'dms',
    'DescribeReplicationInstances',
    'dms:DescribeReplicationInstances',
    'DMS replication instances',
  ),
  call('dms', 'DescribeEndpoints', 'dms:DescribeEndpoints', 'DMS endpoints: SSL mode'),
  call(
    'dms',
    'DescribeReplicationTasks',
    'dms:DescribeReplicationTasks',
    'DMS replication tasks: logging settings',
  ),
  call(
    'elasticache',
    'DescribeCacheClusters',
    'elasticache:DescribeCacheClusters',
    'ElastiCache clusters: backups, upgrades, subnet group',
  ),
  call(
    'elasticache',
    'DescribeReplicationGroups',
    'elasticache:DescribeReplicationGroups',
    'ElastiCache replication groups: failover, encryption, AUTH',
  ),
  call(
    'elasticmapreduce',
    'GetBlockPublicAccessConfiguration',
    'elasticmapreduce:GetBlockPublicAccessConfiguration',
    'EMR block public access per region',
  ),
  call('elasticmapreduce', 'ListClusters', 'elasticmapreduce:ListClusters', 'the active EMR clusters'),
  call(
    'elasticmapreduce',
    'ListInstances',
    'elasticmapreduce:ListInstances',
    'public IPs of EMR primary nodes',
  ),
  call('kafka', 'ListClusters', 'kafka:ListClusters', 'MSK clusters: encryption in transit, monitoring'),
  call('ec2', 'DescribeSubnets', 'ec2:DescribeSubnets', 'subnets (public IPs assigned on launch)'),
  call('ec2', 'DescribeAddresses', 'ec2:DescribeAddresses', 'Elastic IPs (unattached addresses)'),
  call('s3-control', 'ListAccessPoints', 's3:ListAccessPoints', 'the S3 access points of each region'),
  call('s3-control', 'GetAccessPoint', 's3:GetAccessPoint', "each access point's Block Public Access"),
  call(
    'iam',
    'ListVirtualMFADevices',
    'iam:ListVirtualMFADevices',
    'whether the root user uses a virtual MFA device',
  ),
  call(
    'account',
    'GetAlternateContact',
    'account:GetAlternateContact',
    'whether a security contact is registered',
  ),
  // Application and data services (collectors/app-services.ts).
  call('lambda', 'ListFunctions', 'lambda:ListFunctions', 'Lambda functions: runtime, VPC placement'),
  call('lambda', 'GetPolicy', 'lambda:GetPolicy', 'function policies (public access)'),
  call('lambda', 'ListTags', 'lambda:ListTags', 'function tags'),
  call('sns', 'ListTopics', 'sns:ListTopics', 'the SNS topics of each region'),
  call(
    'sns',
    'GetTopicAttributes',
    'sns:GetTopicAttributes',
    'topic encryption, policy, delivery logging, confirmed subscriptions',
  ),
  call('sqs', 'ListQueues', 'sqs:ListQueues', 'the SQS queues of each region'),
  call('sqs', 'GetQueueAttributes', 'sqs:GetQueueAttributes', 'queue encryption and policy'),
  call('kinesis', 'ListStreams', 'kinesis:ListStreams', 'the Kinesis data streams of each region'),
  call('kinesis', 'DescribeStreamSummary', 'kinesis:DescribeStreamSummary', 'stream encryption'),
  call('states', 'ListStateMachines', 'states:ListStateMachines', 'the Step Functions state machines'),
  call('states', 'DescribeStateMachine', 'states:DescribeStateMachine', 'state machine logging'),
  call('events', 'ListEventBuses', 'events:ListEventBuses', 'EventBridge event buses and their policies'),
  call(
    'ecr',
    'DescribeRepositories',
    'ecr:DescribeRepositories',
    'ECR repositories: scanning, tag mutability',
  ),
  call(
    'ecr',
    'BatchGetRepositoryScanningConfiguration',
    'ecr:BatchGetRepositoryScanningConfiguration',
    'how each repository is scanned (registry enhanced scanning rules)',
  ),
  call('ecr', 'GetLifecyclePolicy', 'ecr:GetLifecyclePolicy', 'whether a repository has a lifecycle policy'),
  call('elasticfilesystem', 'DescribeFileSystems', 'elasticfilesystem:DescribeFileSystems', 'EFS encryption'),
  call(
    'elasticfilesystem',
    'DescribeBackupPolicy',
    'elasticfilesystem:DescribeBackupPolicy',
    'EFS automatic backups',
  ),
  call(
    'elasticfilesystem',
    'DescribeAccessPoints',
    'elasticfilesystem:DescribeAccessPoints',
    'EFS access points: root directory, POSIX user',
  ),
  call(
    'fsx',
    'DescribeFileSystems',
    'fsx:DescribeFileSystems',
    'FSx for OpenZFS: tags copied to backups, volumes',
  ),
  call('dynamodb', 'ListTables', 'dynamodb:ListTables', 'the DynamoDB tables of each region'),
  call('dynamodb', 'DescribeTable', 'dynamodb:DescribeTable', 'table capacity mode, deletion protection'),
  call(
    'dynamodb',
    'DescribeContinuousBackups',
    'dynamodb:DescribeContinuousBackups',
    'point-in-time recovery',
  ),
  call('dynamodb', 'ListTagsOfResource', 'dynamodb:ListTagsOfResource', 'table tags (backup plan selection)'),
  call(
    'application-autoscaling',
    'DescribeScalableTargets',
    'application-autoscaling:DescribeScalableTargets',
    'DynamoDB table capacity auto scaling',
  ),
  call('dax', 'DescribeClusters', 'dax:DescribeClusters', 'DAX clusters: encryption at rest and in transit'),
  call('backup', 'ListBackupVaults', 'backup:ListBackupVaults', 'the AWS Backup vaults of each region'),
  call(
    'backup',
    'ListRecoveryPointsByBackupVault',
    'backup:ListRecoveryPointsByBackupVault',
    'recovery point encryption',
  ),
  call('backup', 'ListBackupPlans', 'backup:ListBackupPlans', 'the AWS Backup plans of each region'),
  call('backup', 'GetBackupPlan', 'backup:GetBackupPlan', 'backup plan rules: schedule, vault, retention'),
  call(
    'backup',
    'ListBackupSelections',
    'backup:ListBackupSelections',
    'the resource selections of each backup plan',
  ),
  call(
    'backup',
    'GetBackupSelection',
    'backup:GetBackupSelection',
    'which resources a plan selects (ARNs, tags, conditions)',
  ),
  call('athena', 'ListWorkGroups', 'athena:ListWorkGroups', 'the Athena workgroups of each region'),
  call('athena', 'GetWorkGroup', 'athena:GetWorkGroup', 'query result encryption'),
  call(
    'secretsmanager',
    'ListSecrets',
    'secretsmanager:ListSecrets',
    'secrets: rotation, last rotation and use',
  ),
  call('acm', 'ListCertificates', 'acm:ListCertificates', 'the ACM certificates of each region'),
  call('acm', 'DescribeCertificate', 'acm:DescribeCertificate', 'certificate key algorithm and expiry'),
  call('ssm', 'ListDocuments', 'ssm:ListDocuments', 'the SSM documents the account owns'),
  call(
    'ssm',
    'DescribeInstanceInformation',
    'ssm:DescribeInstanceInformation',
    'instances Systems Manager manages',
  ),
  call(
    'ssm',
    'DescribeDocumentPermission',
    'ssm:DescribeDocumentPermission',
    'who each SSM document is shared with (public)',
  ),
  call(
    'ssm',
    'ListResourceComplianceSummaries',
    'ssm:ListResourceComplianceSummaries',
    'patch and association compliance of managed instances',
  ),
  call(
    'ssm',
    'ListComplianceItems',
    'ssm:ListComplianceItems',
    'which patches or associations are non-compliant',
  ),
];

/** IAM actions that are read-level though not named List/Get/Describe (AWS's own access level says so). */
export const READ_LEVEL_EXCEPTIONS: ReadonlySet<string> = new Set([
  'iam:GenerateCredentialReport',
  'codebuild:BatchGetProjects',
  'codebuild:BatchGetReportGroups',
  'ecr:BatchGetRepositoryScanningConfiguration',
  // API Gateway's actions are HTTP verbs on resource paths; GET is its Read access level.
  'apigateway:GET',
]);

/** True for an action AWS classifies as List or Read (by its verb, or the short list above). */
export function isReadAction(action: string): boolean {
  if (READ_LEVEL_EXCEPTIONS.has(action)) return true;
  const verb = action.split(':')[1] ?? '';
  return /^(List|Get|Describe)[A-Z]/.test(verb);
}

/**
 * Actions only the identity that starts an organisation scan needs (in the management or delegated
 * account), not the scanner role in each account: they are left out of the scanner policy and listed
 * by `--explain`.
 */
export const ORG_CALLER_ACTIONS: ReadonlySet<string> = new Set(['sts:AssumeRole']);

/** The least-privilege policy document for the scanner role: one statement, every read action, sorted. */
export function awsPolicyDocument(calls: readonly DeclaredCall[] = AWS_CALLS): Record<string, unknown> {
  const actions = [...new Set(calls.flatMap((c) => c.permissions))]
    .filter((a) => !ORG_CALLER_ACTIONS.has(a))
    .sort();
  return {
    Version: '2012-10-17',
    Statement: [{ Sid: 'ParapetReadOnlyScanner', Effect: 'Allow', Action: actions, Resource: '*' }],
  };
}

/** `parapet permissions aws [--explain]` text. */
export function awsPermissionsText(options: { explain?: boolean } = {}): string {
  const policy = `${JSON.stringify(awsPolicyDocument(), null, 2)}\n`;
  if (options.explain !== true) return policy;
  const width = Math.max(...AWS_CALLS.map((c) => c.permissions.join(', ').length));
  const lines = AWS_CALLS.map(
    (c) => `# ${c.permissions.join(', ').padEnd(width)}  ${c.service}:${c.operation} — ${c.why}`,
  );
  const note =
    '# With --org, the identity that starts the scan also needs sts:AssumeRole on ' +
    'arn:aws:iam::*:role/<--role-name>; the role in each account needs only the policy below.';
  return `${lines.join('\n')}\n${note}\n${policy}`;
}
