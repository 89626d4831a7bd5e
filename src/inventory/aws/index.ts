/** Every AWS asset type. Add a new type's definition here. */
import { awsAccount } from './account.js';
import { appServiceAssetTypes } from './app-services.js';
import { apiGatewayAssetTypes } from './apigateway.js';
import { appsAssetTypes } from './apps.js';
import { autoScalingAssetTypes } from './autoscaling.js';
import { cloudFrontAssetTypes } from './cloudfront.js';
import { cloudTrailTrail } from './cloudtrail.js';
import { iamPolicy, iamRole, iamUser } from './iam.js';
import { ec2AssetTypes } from './ec2.js';
import { ecsAssetTypes } from './ecs.js';
import { ec2SharingAssetTypes } from './ec2-sharing.js';
import { ec2NetworkAssetTypes } from './ec2-network.js';
import { s3AccessPoint } from './s3-access-point.js';
import { eksAssetTypes } from './eks.js';
import { elbAssetTypes } from './elb.js';
import { elbv2AssetTypes } from './elbv2.js';
import { kmsAssetTypes } from './kms.js';
import { monitoringAssetTypes } from './monitoring.js';
import { rdsAssetTypes } from './rds.js';
import { route53AssetTypes } from './route53.js';
import { s3Bucket } from './s3.js';
import { vpcRoutingAssetTypes } from './vpc-routing.js';
import { wafAssetTypes } from './waf.js';
import { codeBuildAssetTypes } from './codebuild.js';
import { dmsAssetTypes } from './dms.js';
import { elastiCacheAssetTypes } from './elasticache.js';
import { emrAssetTypes } from './emr.js';
import { mskAssetTypes } from './msk.js';
import { networkFirewallAssetTypes } from './network-firewall.js';
import { openSearchAssetTypes } from './opensearch.js';
import { redshiftAssetTypes } from './redshift.js';
import { sageMakerAssetTypes } from './sagemaker.js';
import { ssmManagedInstance } from './ssm-managed-instance.js';

export const awsAssetTypes = [
  s3Bucket,
  ...ec2AssetTypes,
  ...rdsAssetTypes,
  ...kmsAssetTypes,
  ...elbv2AssetTypes,
  ...elbAssetTypes,
  ...wafAssetTypes,
  ...networkFirewallAssetTypes,
  ...eksAssetTypes,
  ...cloudFrontAssetTypes,
  ...autoScalingAssetTypes,
  ...ecsAssetTypes,
  ...apiGatewayAssetTypes,
  ...appsAssetTypes,
  ...route53AssetTypes,
  awsAccount,
  iamUser,
  iamRole,
  iamPolicy,
  cloudTrailTrail,
  ...monitoringAssetTypes,
  ...vpcRoutingAssetTypes,
  ...appServiceAssetTypes,
  ...openSearchAssetTypes,
  ...redshiftAssetTypes,
  ...sageMakerAssetTypes,
  ...codeBuildAssetTypes,
  ...dmsAssetTypes,
  ...mskAssetTypes,
  ...elastiCacheAssetTypes,
  ...ec2SharingAssetTypes,
  ...ec2NetworkAssetTypes,
  ssmManagedInstance,
  s3AccessPoint,
  ...emrAssetTypes,
] as const;
