/** Every AWS asset type. Add a new type's definition here. */
import { awsAccount } from './account.js';
import { apiGatewayAssetTypes } from './apigateway.js';
import { autoScalingAssetTypes } from './autoscaling.js';
import { cloudFrontAssetTypes } from './cloudfront.js';
import { cloudTrailTrail } from './cloudtrail.js';
import { iamPolicy, iamRole, iamUser } from './iam.js';
import { ec2AssetTypes } from './ec2.js';
import { ecsAssetTypes } from './ecs.js';
import { eksAssetTypes } from './eks.js';
import { elbv2AssetTypes } from './elbv2.js';
import { kmsAssetTypes } from './kms.js';
import { rdsAssetTypes } from './rds.js';
import { route53AssetTypes } from './route53.js';
import { s3Bucket } from './s3.js';
import { vpcRoutingAssetTypes } from './vpc-routing.js';

export const awsAssetTypes = [
  s3Bucket,
  ...ec2AssetTypes,
  ...rdsAssetTypes,
  ...kmsAssetTypes,
  ...elbv2AssetTypes,
  ...eksAssetTypes,
  ...cloudFrontAssetTypes,
  ...autoScalingAssetTypes,
  ...ecsAssetTypes,
  ...apiGatewayAssetTypes,
  ...route53AssetTypes,
  awsAccount,
  iamUser,
  iamRole,
  iamPolicy,
  cloudTrailTrail,
  ...vpcRoutingAssetTypes,
] as const;
