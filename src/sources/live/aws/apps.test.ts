/**
 * Application platform services (Elastic Beanstalk, CloudFormation, CodeBuild report groups, Cognito
 * user pools, AppSync, AWS Private CA, API Gateway V2): `parapet scan --aws` with the real SDK clients
 * against the loopback replay server judges them exactly as importing the equivalent AWS Config
 * snapshot does, and knows what Config does not record (Beanstalk option settings, V2 routes, AppSync
 * caches, CA status, Cognito user pools); a denied call is a gap, never a false verdict. Lambda.5 reads
 * the Availability Zones of the function's subnets.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { appsAssetTypes } from '../../../inventory/aws/apps.js';
import { memoryIo } from '../../../cli/io.js';
import { main } from '../../../cli/main.js';
import { ACCESS_KEY, estateRecordings, REGION } from './testing/estate.js';
import { ReplayServer, type Recording } from './testing/replay-server.js';

const SNAPSHOT = join(import.meta.dirname, 'fixtures', 'apps-config-snapshot.json');
const AT = '2026-06-01T00:00:00Z';
const work = mkdtempSync(join(tmpdir(), 'parapet-aws-apps-'));
const TYPES = new Set<string>([...appsAssetTypes.map((t) => t.type), 'aws.lambda.function']);
const LIVE_ONLY = new Set(['aws.cognito.user-pool', 'aws.lambda.function']);

interface Finding {
  id: string;
  ruleId: string;
  status: string;
  message: string;
  resource: { uid: string; type: string; name: string };
}

let server: ReplayServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

async function parapet(args: string[]): Promise<Finding[]> {
  const io = memoryIo(
    {
      NO_COLOR: '1',
      AWS_ACCESS_KEY_ID: ACCESS_KEY,
      AWS_SECRET_ACCESS_KEY: 'replay-secret',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    },
    work,
  );
  const code = await main(
    [...args, '--no-store', '--no-progress', '--format', 'json', '--include-passed', '--at', AT],
    io,
  );
  expect(code, io.err()).toBe(0);
  const doc = JSON.parse(io.out()) as { findings: Finding[] };
  return doc.findings.filter((f) => TYPES.has(f.resource.type));
}

async function liveScan(extra: Recording[] = []) {
  server = new ReplayServer([...extra, ...estateRecordings()]);
  const url = await server.start();
  return { findings: await parapet(['scan', '--aws', '--aws-endpoint-url', url]), server };
}

const verdicts = (findings: Finding[]) =>
  new Map(findings.map((f) => [f.id, { rule: f.ruleId, status: f.status, message: f.message }]));
const verdict = (findings: Finding[], rule: string, name: string) =>
  findings.find((f) => f.ruleId === rule && f.resource.name === name);

describe('application platform services: live scan = AWS Config import', () => {
  it('gives the same findings as importing the equivalent AWS Config snapshot', async () => {
    const imported = verdicts(await parapet(['scan', '--import', SNAPSHOT]));
    const { findings, server: s } = await liveScan();
    expect(s.unmatched).toEqual([]);
    const live = verdicts(findings.filter((f) => !LIVE_ONLY.has(f.resource.type)));
    // The same resources are judged by the same rules; only where the import cannot tell (the AppSync
    // API without a cache: not applicable live) does one side have a result the other has not.
    expect([...live.keys()].filter((id) => !imported.has(id))).toEqual([]);
    const onlyImported = [...imported].filter(([id]) => !live.has(id)).map(([, f]) => f);
    expect(onlyImported.map((f) => `${f.rule} ${f.status}`)).toEqual([
      'aws-appsync-api-cache-encrypted error',
    ]);
    expect(live.size).toBeGreaterThanOrEqual(14);
    for (const [id, f] of imported) {
      if (f.status === 'error') continue;
      expect(live.get(id), `${f.rule}: ${f.message}`).toEqual(f);
    }
    // What AWS Config does not record is unknown on import, and known live.
    expect([...live.values()].filter((f) => f.status === 'error')).toEqual([]);
    const unknownOnImport = [...imported.values()].filter((f) => f.status === 'error').map((f) => f.rule);
    expect(unknownOnImport.sort()).toEqual([
      'aws-acmpca-root-ca-disabled',
      'aws-apigateway-v2-routes-authorized',
      'aws-apigateway-v2-routes-authorized',
      'aws-appsync-api-cache-encrypted',
      'aws-appsync-api-cache-encrypted',
      'aws-elasticbeanstalk-environment-enhanced-health',
      'aws-elasticbeanstalk-environment-enhanced-health',
      'aws-elasticbeanstalk-environment-logs-streamed',
      'aws-elasticbeanstalk-environment-logs-streamed',
    ]);
    const importedMessages = [...imported.values()].map((f) => f.message).join('\n');
    expect(importedMessages).toMatch(
      /AWS Config does not record Elastic Beanstalk option settings; a live scan reads it \(elasticbeanstalk:DescribeConfigurationSettings\)/,
    );
    const failing = findings
      .filter((f) => f.status === 'fail' && f.resource.type !== 'aws.lambda.function')
      .map((f) => f.message);
    expect(failing.sort()).toEqual(
      [
        'API Gateway V2 API orders-http has routes without authorization: ANY /{proxy+}',
        'API Gateway V2 stage w55pabcde2/prod has no access logging',
        'AWS Private CA root certificate authority 11111111-2222-3333-4444-555555555555 is ACTIVE, not disabled',
        'AppSync API catalog-gql has no field-level logging',
        'AppSync API orders-gql has a cache that is not encrypted at rest',
        'CloudFormation stack legacy sends its events to no SNS topic',
        'CodeBuild report group unit-tests exports its reports to S3 with encryption disabled',
        'Cognito user pool staff has threat protection AUDIT, not enforced (full function)',
        'Elastic Beanstalk environment shop-dev does not stream its logs to CloudWatch Logs',
        'Elastic Beanstalk environment shop-dev uses basic health reporting, not enhanced',
      ].sort(),
    );
    expect(verdict(findings, 'aws-elasticbeanstalk-environment-logs-streamed', 'shop-prod')?.status).toBe(
      'pass',
    );
    expect(verdict(findings, 'aws-cognito-user-pool-threat-protection-enforced', 'customers')?.status).toBe(
      'pass',
    );
    // WebSocket APIs carry authorization on $connect only.
    expect(verdict(findings, 'aws-apigateway-v2-routes-authorized', 'chat-ws')?.status).toBe('pass');
    // Lambda.5 reads the zones of the functions' subnets (listed by DescribeSubnets).
    expect(verdict(findings, 'aws-lambda-function-multi-az', 'orders-api')?.status).toBe('pass');
    expect(verdict(findings, 'aws-lambda-function-multi-az', 'image-fn')?.message).toBe(
      'Lambda function image-fn runs in one Availability Zone only (eu-west-1a)',
    );
  });

  it('Lambda.5 is unknown, not a failure, when the subnets could not be listed', async () => {
    const denied: Recording = {
      service: 'ec2',
      operation: 'DescribeSubnets',
      region: REGION,
      error: { status: 403, code: 'UnauthorizedOperation', message: 'not authorized' },
    };
    const { findings } = await liveScan([denied]);
    const f = verdict(findings, 'aws-lambda-function-multi-az', 'orders-api');
    expect(f?.status).toBe('error');
    expect(f?.message).toMatch(/subnet subnet-0a1 of the function is not in the inventory/);
  });

  it('records a denied call as a gap on the fields it feeds', async () => {
    const denied: Recording = {
      service: 'elasticbeanstalk',
      operation: 'DescribeConfigurationSettings',
      region: REGION,
      when: (p) => p.EnvironmentName === 'shop-prod',
      error: { status: 403, code: 'AccessDenied', message: 'not authorized' },
    };
    const { findings } = await liveScan([denied]);
    const f = verdict(findings, 'aws-elasticbeanstalk-environment-logs-streamed', 'shop-prod');
    expect(f?.status).toBe('error');
    expect(f?.message).toMatch(/elasticbeanstalk:DescribeConfigurationSettings/);
    expect(verdict(findings, 'aws-elasticbeanstalk-environment-logs-streamed', 'shop-dev')?.status).toBe(
      'fail',
    );
  });
});
