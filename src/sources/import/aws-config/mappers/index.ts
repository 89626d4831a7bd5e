/**
 * AWS Config resource type → mapper. Each service's mappers live in their own file; add them here.
 */
import type { ConfigItemMapper } from './types.js';
import { apiGatewayMappers } from './apigateway.js';
import { autoScalingMappers } from './autoscaling.js';
import { cloudFrontMappers } from './cloudfront.js';
import { ec2Mappers } from './ec2.js';
import { ecsMappers } from './ecs.js';
import { eksMappers } from './eks.js';
import { elbv2Mappers } from './elbv2.js';
import { kmsMappers } from './kms.js';
import { rdsMappers } from './rds.js';
import { route53Mappers } from './route53.js';
import { s3Mappers } from './s3.js';
import { accountMappers } from './account.js';
import { cloudTrailMappers } from './cloudtrail.js';
import { iamMappers } from './iam.js';
import { vpcRoutingMappers } from './vpc-routing.js';

export const CONFIG_MAPPERS: Readonly<Record<string, ConfigItemMapper>> = {
  ...s3Mappers,
  ...ec2Mappers,
  ...rdsMappers,
  ...kmsMappers,
  ...elbv2Mappers,
  ...eksMappers,
  ...cloudFrontMappers,
  ...autoScalingMappers,
  ...ecsMappers,
  ...apiGatewayMappers,
  ...route53Mappers,
  ...accountMappers,
  ...iamMappers,
  ...cloudTrailMappers,
  ...vpcRoutingMappers,
};
