/**
 * AWS Config resource type → mapper. Each service's mappers live in their own file; add them here.
 */
import type { ConfigItemMapper } from './types.js';
import { apiGatewayMappers } from './apigateway.js';
import { appsMappers } from './apps.js';
import { autoScalingMappers } from './autoscaling.js';
import { backupMappers } from './backup.js';
import { cloudFrontMappers } from './cloudfront.js';
import { ec2Mappers } from './ec2.js';
import { ecsMappers } from './ecs.js';
import { eksMappers } from './eks.js';
import { elbMappers } from './elb.js';
import { elbv2Mappers } from './elbv2.js';
import { kmsMappers } from './kms.js';
import { monitoringMappers } from './monitoring.js';
import { rdsMappers } from './rds.js';
import { route53Mappers } from './route53.js';
import { s3Mappers } from './s3.js';
import { accountMappers } from './account.js';
import { cloudTrailMappers } from './cloudtrail.js';
import { iamMappers } from './iam.js';
import { vpcRoutingMappers } from './vpc-routing.js';
import { wafMappers } from './waf.js';
import { appServiceMappers } from './app-services.js';
import { codeBuildMappers } from './codebuild.js';
import { daxFsxMappers } from './dax-fsx.js';
import { dmsMappers } from './dms.js';
import { elastiCacheMappers } from './elasticache.js';
import { emrMappers } from './emr.js';
import { mskMappers } from './msk.js';
import { networkFirewallMappers } from './network-firewall.js';
import { openSearchMappers } from './opensearch.js';
import { redshiftMappers } from './redshift.js';
import { sageMakerMappers } from './sagemaker.js';
import { ec2SharingMappers } from './ec2-sharing.js';
import { ec2NetworkMappers } from './ec2-network.js';
import { s3AccessPointMappers } from './s3-access-point.js';

export const CONFIG_MAPPERS: Readonly<Record<string, ConfigItemMapper>> = {
  ...s3Mappers,
  ...ec2Mappers,
  ...rdsMappers,
  ...kmsMappers,
  ...elbv2Mappers,
  ...elbMappers,
  ...wafMappers,
  ...networkFirewallMappers,
  ...eksMappers,
  ...cloudFrontMappers,
  ...autoScalingMappers,
  ...backupMappers,
  ...ecsMappers,
  ...apiGatewayMappers,
  ...appsMappers,
  ...route53Mappers,
  ...accountMappers,
  ...iamMappers,
  ...cloudTrailMappers,
  ...monitoringMappers,
  ...vpcRoutingMappers,
  ...appServiceMappers,
  ...openSearchMappers,
  ...redshiftMappers,
  ...sageMakerMappers,
  ...codeBuildMappers,
  ...dmsMappers,
  ...daxFsxMappers,
  ...mskMappers,
  ...elastiCacheMappers,
  ...ec2SharingMappers,
  ...ec2NetworkMappers,
  ...s3AccessPointMappers,
  ...emrMappers,
};
