/** Every AWS asset type. Add a new type's definition here. */
import { awsAccount } from './account.js';
import { cloudTrailTrail } from './cloudtrail.js';
import { iamPolicy, iamRole, iamUser } from './iam.js';
import { ec2AssetTypes } from './ec2.js';
import { ec2SharingAssetTypes } from './ec2-sharing.js';
import { s3AccessPoint } from './s3-access-point.js';
import { eksAssetTypes } from './eks.js';
import { elbv2AssetTypes } from './elbv2.js';
import { kmsAssetTypes } from './kms.js';
import { rdsAssetTypes } from './rds.js';
import { s3Bucket } from './s3.js';
import { vpcRoutingAssetTypes } from './vpc-routing.js';

export const awsAssetTypes = [
  s3Bucket,
  ...ec2AssetTypes,
  ...rdsAssetTypes,
  ...kmsAssetTypes,
  ...elbv2AssetTypes,
  ...eksAssetTypes,
  awsAccount,
  iamUser,
  iamRole,
  iamPolicy,
  cloudTrailTrail,
  ...vpcRoutingAssetTypes,
  ...ec2SharingAssetTypes,
  s3AccessPoint,
] as const;
