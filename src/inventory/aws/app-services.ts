/** Asset types of the AWS application and data services (serverless, messaging, containers, secrets). */
import { acmAssetTypes } from './acm.js';
import { athenaAssetTypes } from './athena.js';
import { backupAssetTypes } from './backup.js';
import { dynamodbAssetTypes } from './dynamodb.js';
import { ecrAssetTypes } from './ecr.js';
import { efsAssetTypes } from './efs.js';
import { eventBridgeAssetTypes } from './eventbridge.js';
import { fsxAssetTypes } from './fsx.js';
import { kinesisAssetTypes } from './kinesis.js';
import { lambdaAssetTypes } from './lambda.js';
import { secretsManagerAssetTypes } from './secretsmanager.js';
import { snsAssetTypes } from './sns.js';
import { sqsAssetTypes } from './sqs.js';
import { ssmAssetTypes } from './ssm.js';
import { stepFunctionsAssetTypes } from './stepfunctions.js';

export const appServiceAssetTypes = [
  ...lambdaAssetTypes,
  ...snsAssetTypes,
  ...sqsAssetTypes,
  ...ecrAssetTypes,
  ...efsAssetTypes,
  ...fsxAssetTypes,
  ...dynamodbAssetTypes,
  ...secretsManagerAssetTypes,
  ...acmAssetTypes,
  ...ssmAssetTypes,
  ...kinesisAssetTypes,
  ...stepFunctionsAssetTypes,
  ...eventBridgeAssetTypes,
  ...backupAssetTypes,
  ...athenaAssetTypes,
] as const;
