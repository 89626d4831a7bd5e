/**
 * Which mapper turns each Terraform resource type into an asset, and which types are folded into
 * another resource's asset (so they are neither assets of their own nor "unsupported").
 */
import type { ResourceInstance } from '../module.js';
import { mapS3Bucket } from './aws-s3.js';
import { mapEbsVolume, mapInstance, mapSecurityGroup } from './aws-ec2.js';
import { mapCloudTrail, mapDbInstance } from './aws-other.js';
import { mapIamPolicy, mapIamRole, mapIamUser, mapIdentityChild } from './aws-iam.js';
import { mapEksCluster, mapKmsKey, mapListener, mapLoadBalancer } from './aws-services.js';
import { mapKeyVault, mapSqlServer } from './azure-data.js';
import { mapNetworkSecurityGroup, mapNetworkSecurityRule, mapStorageAccount } from './azure.js';
import { mapBucketIam, mapFirewall, mapStorageBucket } from './gcp.js';
import { mapContainerCluster, mapSqlInstance } from './gcp-data.js';
import type { InstanceIndex, MappedResource } from './types.js';

export type Mapper = (
  inst: ResourceInstance,
  index: InstanceIndex,
  region: string,
) => MappedResource | undefined;

export const TERRAFORM_MAPPERS: Record<string, Mapper> = {
  aws_s3_bucket: mapS3Bucket,
  aws_security_group: mapSecurityGroup,
  aws_ebs_volume: mapEbsVolume,
  aws_instance: mapInstance,
  aws_db_instance: mapDbInstance,
  aws_cloudtrail: mapCloudTrail,
  aws_iam_policy: mapIamPolicy,
  aws_iam_role: mapIamRole,
  aws_iam_role_policy: mapIdentityChild,
  aws_iam_role_policy_attachment: mapIdentityChild,
  aws_iam_user: mapIamUser,
  aws_iam_user_policy: mapIdentityChild,
  aws_iam_user_policy_attachment: mapIdentityChild,
  aws_kms_key: mapKmsKey,
  aws_eks_cluster: mapEksCluster,
  aws_lb: mapLoadBalancer,
  aws_alb: mapLoadBalancer,
  aws_lb_listener: mapListener,
  aws_alb_listener: mapListener,
  azurerm_network_security_group: mapNetworkSecurityGroup,
  azurerm_network_security_rule: mapNetworkSecurityRule,
  azurerm_storage_account: mapStorageAccount,
  azurerm_mssql_server: mapSqlServer,
  azurerm_key_vault: mapKeyVault,
  google_compute_firewall: mapFirewall,
  google_storage_bucket: mapStorageBucket,
  google_sql_database_instance: mapSqlInstance,
  google_container_cluster: mapContainerCluster,
  google_storage_bucket_iam_binding: mapBucketIam,
  google_storage_bucket_iam_member: mapBucketIam,
  google_storage_bucket_iam_policy: mapBucketIam,
};

/** Resource types whose settings are joined into another type's asset. */
export const JOINED_TYPES = new Set([
  'aws_s3_bucket_public_access_block',
  'aws_s3_bucket_server_side_encryption_configuration',
  'aws_s3_bucket_acl',
  'aws_s3_bucket_policy',
  'aws_s3_bucket_versioning',
  'aws_s3_bucket_logging',
  'aws_security_group_rule',
  'aws_vpc_security_group_ingress_rule',
  'aws_vpc_security_group_egress_rule',
  'aws_iam_instance_profile',
  'aws_iam_user_login_profile',
  'aws_iam_access_key',
  'azurerm_storage_account_network_rules',
  'azurerm_private_endpoint',
  'azurerm_mssql_firewall_rule',
  'azurerm_mssql_server_extended_auditing_policy',
  'azurerm_mssql_database',
  'azurerm_key_vault_key',
  'azurerm_key_vault_secret',
  'azurerm_storage_account_customer_managed_key',
]);
