/**
 * The AWS Config recorder's own item (AWS::Config::ConfigurationRecorder) says which resource types
 * are recorded in its account and region. That is what lets a rule conclude from an absence: with
 * flow logs recorded, a VPC with no flow log in the snapshot really has none.
 */
import type { ScopeEvent } from '../types.js';
import type { ConfigItem } from './item.js';
import { asBool, asStrings, at } from './mappers/fields.js';

/** AWS Config resource types → the asset types their items become. */
export const CONFIG_TYPE_ASSETS: Readonly<Record<string, readonly string[]>> = {
  'AWS::S3::Bucket': ['aws.s3.bucket'],
  'AWS::Lambda::Function': ['aws.lambda.function'],
  'AWS::SNS::Topic': ['aws.sns.topic'],
  'AWS::SQS::Queue': ['aws.sqs.queue'],
  'AWS::Kinesis::Stream': ['aws.kinesis.stream'],
  'AWS::StepFunctions::StateMachine': ['aws.stepfunctions.state-machine'],
  'AWS::Events::EventBus': ['aws.events.event-bus'],
  'AWS::ECR::Repository': ['aws.ecr.repository'],
  'AWS::EFS::FileSystem': ['aws.efs.file-system'],
  'AWS::EFS::AccessPoint': ['aws.efs.access-point'],
  'AWS::DynamoDB::Table': ['aws.dynamodb.table'],
  'AWS::Backup::RecoveryPoint': ['aws.backup.recovery-point'],
  'AWS::Backup::BackupPlan': ['aws.backup.plan'],
  'AWS::Backup::BackupSelection': ['aws.backup.selection'],
  'AWS::Athena::WorkGroup': ['aws.athena.workgroup'],
  'AWS::SecretsManager::Secret': ['aws.secretsmanager.secret'],
  'AWS::ACM::Certificate': ['aws.acm.certificate'],
  'AWS::SSM::Document': ['aws.ssm.document'],
  'AWS::SSM::PatchCompliance': ['aws.ssm.instance-compliance'],
  'AWS::SSM::AssociationCompliance': ['aws.ssm.instance-compliance'],
  'AWS::SSM::ManagedInstanceInventory': ['aws.ssm.managed-instance'],
  'AWS::S3::AccountPublicAccessBlock': ['aws.account'],
  'AWS::EC2::SecurityGroup': ['aws.ec2.security-group'],
  'AWS::EC2::Instance': ['aws.ec2.instance'],
  'AWS::EC2::Volume': ['aws.ec2.volume'],
  'AWS::EC2::VPC': ['aws.ec2.vpc'],
  'AWS::EC2::FlowLog': ['aws.ec2.flow-log'],
  'AWS::EC2::Subnet': ['aws.ec2.subnet'],
  'AWS::EC2::RouteTable': ['aws.ec2.route-table'],
  'AWS::EC2::InternetGateway': ['aws.ec2.internet-gateway'],
  'AWS::EC2::NetworkAcl': ['aws.ec2.network-acl'],
  'AWS::EC2::EIP': ['aws.ec2.eip'],
  'AWS::EC2::NetworkInterface': ['aws.ec2.network-interface'],
  'AWS::EC2::VPCEndpoint': ['aws.ec2.vpc-endpoint'],
  'AWS::EC2::VPNConnection': ['aws.ec2.vpn-connection'],
  'AWS::EC2::ClientVpnEndpoint': ['aws.ec2.client-vpn-endpoint'],
  'AWS::RDS::DBInstance': ['aws.rds.db-instance'],
  'AWS::RDS::DBSnapshot': ['aws.rds.db-snapshot'],
  'AWS::RDS::DBCluster': ['aws.rds.db-cluster'],
  'AWS::RDS::DBClusterSnapshot': ['aws.rds.db-cluster-snapshot'],
  'AWS::RDS::EventSubscription': ['aws.rds.event-subscription'],
  'AWS::ElasticLoadBalancing::LoadBalancer': ['aws.elb.load-balancer'],
  'AWS::KMS::Key': ['aws.kms.key'],
  'AWS::ElasticLoadBalancingV2::LoadBalancer': ['aws.elbv2.load-balancer'],
  'AWS::ElasticLoadBalancingV2::Listener': ['aws.elbv2.listener'],
  'AWS::EKS::Cluster': ['aws.eks.cluster'],
  'AWS::WAFv2::WebACL': ['aws.wafv2.web-acl'],
  'AWS::WAFv2::RuleGroup': ['aws.wafv2.rule-group'],
  'AWS::WAF::WebACL': ['aws.waf.web-acl'],
  'AWS::WAF::Rule': ['aws.waf.rule'],
  'AWS::WAF::RuleGroup': ['aws.waf.rule-group'],
  'AWS::WAFRegional::WebACL': ['aws.waf-regional.web-acl'],
  'AWS::WAFRegional::Rule': ['aws.waf-regional.rule'],
  'AWS::WAFRegional::RuleGroup': ['aws.waf-regional.rule-group'],
  'AWS::NetworkFirewall::Firewall': ['aws.network-firewall.firewall'],
  'AWS::NetworkFirewall::FirewallPolicy': ['aws.network-firewall.firewall-policy'],
  'AWS::NetworkFirewall::RuleGroup': ['aws.network-firewall.rule-group'],
  'AWS::CloudFront::Distribution': ['aws.cloudfront.distribution'],
  'AWS::AutoScaling::AutoScalingGroup': ['aws.autoscaling.group'],
  'AWS::AutoScaling::LaunchConfiguration': ['aws.autoscaling.launch-configuration'],
  'AWS::ECS::Cluster': ['aws.ecs.cluster'],
  'AWS::ECS::Service': ['aws.ecs.service'],
  'AWS::ECS::TaskDefinition': ['aws.ecs.task-definition'],
  'AWS::ApiGateway::Stage': ['aws.apigateway.stage'],
  'AWS::ApiGatewayV2::Api': ['aws.apigateway.v2-api'],
  'AWS::ApiGatewayV2::Stage': ['aws.apigateway.v2-stage'],
  'AWS::AppSync::GraphQLApi': ['aws.appsync.graphql-api'],
  'AWS::ACMPCA::CertificateAuthority': ['aws.acmpca.certificate-authority'],
  'AWS::CloudFormation::Stack': ['aws.cloudformation.stack'],
  'AWS::CodeBuild::ReportGroup': ['aws.codebuild.report-group'],
  'AWS::ElasticBeanstalk::Environment': ['aws.elasticbeanstalk.environment'],
  'AWS::Route53::HostedZone': ['aws.route53.hosted-zone'],
  'AWS::IAM::User': ['aws.iam.user'],
  'AWS::IAM::Role': ['aws.iam.role'],
  'AWS::IAM::Policy': ['aws.iam.policy'],
  'AWS::CloudTrail::Trail': ['aws.cloudtrail.trail'],
  'AWS::CloudWatch::Alarm': ['aws.cloudwatch.alarm'],
  'AWS::OpenSearch::Domain': ['aws.opensearch.domain'],
  'AWS::Elasticsearch::Domain': ['aws.opensearch.domain'],
  'AWS::Redshift::Cluster': ['aws.redshift.cluster'],
  'AWS::SageMaker::NotebookInstance': ['aws.sagemaker.notebook-instance'],
  'AWS::SageMaker::EndpointConfig': ['aws.sagemaker.endpoint-config'],
  'AWS::SageMaker::Model': ['aws.sagemaker.model'],
  'AWS::CodeBuild::Project': ['aws.codebuild.project'],
  'AWS::DMS::ReplicationInstance': ['aws.dms.replication-instance'],
  'AWS::DMS::Endpoint': ['aws.dms.endpoint'],
  'AWS::DMS::ReplicationTask': ['aws.dms.replication-task'],
  'AWS::MSK::Cluster': ['aws.msk.cluster'],
  'AWS::EC2::LaunchTemplate': ['aws.ec2.launch-template'],
  'AWS::EC2::TransitGateway': ['aws.ec2.transit-gateway'],
  'AWS::S3::AccessPoint': ['aws.s3.access-point'],
};

/**
 * Item types only the live collector produces, for services whose resources AWS Config's resource types
 * do not include (DAX, FSx, ElastiCache, EMR, Cognito user pools, CloudWatch Logs metric filters): a recorder of "all supported types" does not cover them.
 */
export const LIVE_ONLY_TYPE_ASSETS: Readonly<Record<string, readonly string[]>> = {
  'AWS::Cognito::UserPool': ['aws.cognito.user-pool'],
  'AWS::DAX::Cluster': ['aws.dax.cluster'],
  'AWS::FSx::FileSystem': ['aws.fsx.file-system'],
  'AWS::ElastiCache::CacheCluster': ['aws.elasticache.cluster'],
  'AWS::ElastiCache::ReplicationGroup': ['aws.elasticache.replication-group'],
  'AWS::EMR::Cluster': ['aws.emr.cluster'],
  'AWS::EMR::BlockPublicAccessConfiguration': ['aws.emr.block-public-access'],
  'AWS::Logs::MetricFilter': ['aws.logs.metric-filter'],
};

/** IAM types are global: recorded once per account, when the recorder includes global types. */
const GLOBAL = new Set(['AWS::IAM::User', 'AWS::IAM::Role', 'AWS::IAM::Policy', 'AWS::IAM::Group']);

const assetTypesOf = (resourceTypes: readonly string[]) =>
  resourceTypes.flatMap((t) => CONFIG_TYPE_ASSETS[t] ?? []);

/**
 * The coverage a recorder item declares: one scope event for its region's regional types and, when it
 * records global types, one for the account's global types. None when the recorder is not recording.
 */
export function recorderCoverage(item: ConfigItem): ScopeEvent[] {
  const c = item.configuration;
  if (c === undefined) return [];
  const recording = asBool(at(c, 'recording'));
  if (recording === false) return [];
  const group = at(c, 'recordingGroup');
  const strategy = (at(group, 'recordingStrategy.useOnly') as string | undefined)?.toUpperCase();
  const allSupported =
    asBool(at(group, 'allSupported')) === true || strategy === 'ALL_SUPPORTED_RESOURCE_TYPES';
  const excluded = asStrings(at(group, 'exclusionByResourceTypes.resourceTypes')) ?? [];
  const listed = asStrings(at(group, 'resourceTypes')) ?? [];
  const includeGlobal = asBool(at(group, 'includeGlobalResourceTypes')) === true;
  const scope = { kind: 'scope' as const, provider: 'aws' as const, account: item.accountId };
  const out: ScopeEvent[] = [];
  if (allSupported || strategy === 'EXCLUSION_BY_RESOURCE_TYPES') {
    const except = assetTypesOf([...excluded, ...(includeGlobal ? [] : [...GLOBAL])]);
    out.push({
      ...scope,
      region: item.region,
      covers: {
        assetTypes: 'all',
        except: [...except, 'aws.account', ...Object.values(LIVE_ONLY_TYPE_ASSETS).flat()],
      },
    });
    if (
      includeGlobal ||
      (strategy === 'EXCLUSION_BY_RESOURCE_TYPES' && !excluded.some((t) => GLOBAL.has(t)))
    ) {
      out.push({
        ...scope,
        covers: { assetTypes: assetTypesOf([...GLOBAL].filter((t) => !excluded.includes(t))) },
      });
    }
  } else if (listed.length > 0) {
    out.push({
      ...scope,
      region: item.region,
      covers: { assetTypes: assetTypesOf(listed.filter((t) => !GLOBAL.has(t))) },
    });
    const globals = listed.filter((t) => GLOBAL.has(t));
    if (globals.length > 0) out.push({ ...scope, covers: { assetTypes: assetTypesOf(globals) } });
  }
  return out;
}
