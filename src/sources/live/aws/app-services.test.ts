/**
 * The application and data services (Lambda, SNS, SQS, Kinesis, Step Functions, EventBridge, ECR, EFS,
 * DynamoDB, AWS Backup, Athena, Secrets Manager, ACM, SSM): `parapet scan --aws` with the real SDK
 * clients against the loopback replay server judges them exactly as importing the equivalent AWS Config
 * snapshot does, and knows what Config does not record (SSM document sharing); a denied or throttled
 * call is a gap or a retry, never a false verdict.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appServiceAssetTypes } from '../../../inventory/aws/app-services.js';
import { REGION } from './testing/estate.js';
import { findingsOf, importScan, liveScan, type ScanFinding, type ScanOutput } from './testing/live-scan.js';
import type { Recording } from './testing/replay-server.js';

const SNAPSHOT = join(import.meta.dirname, 'fixtures', 'app-services-config-snapshot.json');
const TYPES = new Set<string>(appServiceAssetTypes.map((t) => t.type));

/** A scan's findings on the application and data service types. */
const ours = (scanned: ScanOutput) => ({ findings: findingsOf(scanned, TYPES) });

async function liveApp(extra: Recording[] = []) {
  const live = await liveScan(extra);
  return { doc: ours(live), server: live.server };
}

const verdicts = (doc: { findings: ScanFinding[] }) =>
  new Map(doc.findings.map((f) => [f.id, { rule: f.ruleId, status: f.status, message: f.message }]));

describe('application and data services: live scan = AWS Config import', () => {
  it('gives the same findings as importing the equivalent AWS Config snapshot', async () => {
    const imported = verdicts(ours(await importScan(SNAPSHOT)));
    const { doc, server: s } = await liveApp();
    expect(s.unmatched).toEqual([]);
    const live = verdicts(doc);
    // The same resources are judged by the same rules.
    expect([...live.keys()].sort()).toEqual([...imported.keys()].sort());
    expect(live.size).toBeGreaterThan(50);
    for (const [id, f] of imported) {
      if (f.status === 'error') continue;
      expect(live.get(id), `${f.rule}: ${f.message}`).toEqual(f);
    }
    // What AWS Config does not record, the live scan knows: nothing live is unknown, and what was
    // unknown on import is exactly what Config lacks (document sharing; registry scanning rules; the audit bus's policy, which
    // the record leaves out; DynamoDB scaling targets; and, with no recorder item in this snapshot, whether
    // backup selections were recorded).
    expect([...live.values()].filter((f) => f.status === 'error')).toEqual([]);
    const unknownOnImport = [...imported.values()].filter((f) => f.status === 'error').map((f) => f.rule);
    expect(unknownOnImport.sort()).toEqual([
      'aws-dynamodb-table-capacity-scales',
      'aws-dynamodb-table-in-backup-plan',
      'aws-dynamodb-table-in-backup-plan',
      'aws-ecr-repository-scan-on-push-enabled',
      'aws-efs-file-system-in-backup-plan',
      'aws-events-event-bus-policy-attached',
      'aws-ssm-document-not-public',
      'aws-ssm-document-not-public',
    ]);
    // Every service contributes failures, with the messages people read.
    const failing = doc.findings.filter((f) => f.status === 'fail').map((f) => f.message);
    expect(failing).toEqual(
      expect.arrayContaining([
        'Lambda function orders-api policy allows lambda:InvokeFunctionUrl to any principal (statement public-url)',
        'Lambda function legacy-report uses runtime python3.8, deprecated since 2024-10-14',
        'SNS topic public-events policy allows SNS:Subscribe, SNS:Receive to any principal (statement anyone)',
        'SQS queue legacy-queue is not encrypted at rest',
        'Kinesis data stream raw-events is not encrypted at rest',
        'Step Functions state machine batch does not log its executions',
        'EventBridge event bus audit has no resource-based policy',
        'ECR repository shop/legacy does not scan images on push',
        'EFS file system scratch is not encrypted at rest',
        'EFS access point everything exposes the whole file system (root directory /)',
        'DynamoDB table sessions does not have point-in-time recovery enabled',
        'AWS Backup recovery point snapshot/snap-0ccc3333 is not encrypted',
        'Athena workgroup primary does not encrypt query results',
        'Secrets Manager secret old/api-key does not rotate automatically',
        'ACM certificate legacy.example.com uses a RSA_1024 key (RSA keys need at least 2048 bits)',
        'ACM certificate legacy.example.com expires on 2026-06-10, in 9 days',
        'SSM document deploy-app is shared publicly',
        'Managed instance i-0aaa1111bbbb2222c is missing 1 patch(es) its baseline requires (KB5034441)',
      ]),
    );
    // Both pages of functions were read, and only non-compliant instances had their items listed.
    expect(s.count('lambda', 'ListFunctions')).toBe(3); // two pages in eu-west-1, one in us-east-1
    expect(s.requests.filter((r) => r.operation === 'ListComplianceItems')).toHaveLength(1);
  });

  it('records a denied call as a gap on the fields it feeds; a throttled one is retried', async () => {
    const denied: Recording = {
      service: 'lambda',
      operation: 'GetPolicy',
      region: REGION,
      when: (p) => p.FunctionName === 'orders-api',
      error: {
        status: 403,
        code: 'AccessDeniedException',
        message: 'not authorized to perform lambda:GetPolicy',
      },
    };
    const throttled: Recording = {
      service: 'secretsmanager',
      operation: 'ListSecrets',
      region: REGION,
      times: 1,
      error: { status: 400, code: 'ThrottlingException', message: 'Rate exceeded' },
    };
    const { doc, server: s } = await liveApp([denied, throttled]);
    const byRule = (rule: string, name: string) =>
      doc.findings.find((f) => f.ruleId === rule && f.resource.name === name);
    expect(byRule('aws-lambda-function-not-public', 'orders-api')?.status).toBe('error');
    expect(byRule('aws-lambda-function-not-public', 'orders-api')?.message).toMatch(
      /lambda:GetPolicy was denied/,
    );
    expect(byRule('aws-lambda-function-supported-runtime', 'legacy-report')?.status).toBe('fail');
    expect(byRule('aws-secretsmanager-secret-rotation-enabled', 'old/api-key')?.status).toBe('fail');
    expect(s.count('secretsmanager', 'ListSecrets')).toBeGreaterThanOrEqual(3);
  });
});
