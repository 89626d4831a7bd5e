/**
 * The application and data services of one region (Lambda, SNS, SQS, Kinesis, Step Functions,
 * EventBridge, ECR, EFS, FSx, DynamoDB and DAX, AWS Backup (recovery points, plans), Athena, Secrets Manager, ACM, Systems Manager),
 * collected concurrently. Returns the asset types listed completely in the region.
 */
import type { RegionScope } from '../scope.js';
import { collectBackupPlans } from './backup-plans.js';
import { collectDax } from './dax.js';
import { collectFsx } from './fsx.js';
import { collectAthena, collectBackup, collectDynamoDb, collectEcr, collectEfs } from './data-services.js';
import { collectLambda } from './lambda.js';
import {
  collectEventBuses,
  collectKinesis,
  collectSns,
  collectSqs,
  collectStepFunctions,
} from './messaging.js';
import { collectAcm, collectSecrets, collectSsmCompliance, collectSsmDocuments } from './secrets.js';

export async function collectAppServices(s: RegionScope): Promise<string[]> {
  const covered = await Promise.all([
    collectLambda(s),
    collectSns(s),
    collectSqs(s),
    collectKinesis(s),
    collectStepFunctions(s),
    collectEventBuses(s),
    collectEcr(s),
    collectEfs(s),
    collectFsx(s),
    collectDynamoDb(s),
    collectDax(s),
    collectBackup(s),
    collectBackupPlans(s),
    collectAthena(s),
    collectSecrets(s),
    collectAcm(s),
    collectSsmDocuments(s),
    collectSsmCompliance(s),
  ]);
  return covered.flat();
}
