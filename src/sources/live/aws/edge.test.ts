/**
 * CloudFront, Auto Scaling, ECS, API Gateway and Route 53, live with the real SDK clients against the loopback replay server
 * (REST-XML, query, JSON and REST-JSON protocols; a throttled call, a second page, a denied call) judge the
 * estate exactly as importing its AWS Config snapshot does.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingsOf, importScan, liveScan, type ScanFinding, type ScanOutput } from './testing/live-scan.js';
import type { Recording } from './testing/replay-server.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const MINE = /^aws-(cloudfront|autoscaling|ecs|apigateway-stage|route53)-/;

/** The findings of these services' rules, in id order. */
const mine = (scanned: ScanOutput): ScanFinding[] =>
  findingsOf(scanned, MINE).sort((a, b) => (a.id < b.id ? -1 : 1));

/** The live scan, with these services' findings. */
async function liveEdge(extra: Recording[] = []) {
  const live = await liveScan(extra);
  return { ...live, findings: mine(live) };
}

const verdicts = (fs: ScanFinding[]) =>
  fs.map((f) => ({ id: f.id, rule: f.ruleId, status: f.status, message: f.message }));

describe('CloudFront, Auto Scaling and ECS: live (loopback replay) and AWS Config import', () => {
  it('give the same findings for the same estate', async () => {
    const imported = mine(
      await importScan([
        join(FIXTURES, 'edge-config-snapshot.json'),
        join(FIXTURES, 'estate-config-snapshot.json'),
      ]),
    );
    const live = await liveEdge();
    expect(live.server.unmatched).toEqual([]);
    expect(verdicts(live.findings)).toEqual(verdicts(imported));
    expect(live.findings.filter((f) => f.status === 'error')).toEqual([]);
    // Every rule judged something, and the insecure half of the estate fails where it should.
    const failing = (name: string) =>
      live.findings
        .filter((f) => f.resource.name === name && f.status === 'fail')
        .map((f) => f.ruleId)
        .sort();
    expect(new Set(live.findings.map((f) => f.ruleId)).size).toBe(33);
    expect(failing('E1SECURE0000001')).toEqual([]);
    expect(failing('E2LEGACY000002')).toEqual([
      'aws-cloudfront-distribution-custom-certificate-used',
      'aws-cloudfront-distribution-default-root-object-set',
      'aws-cloudfront-distribution-logging-enabled',
      'aws-cloudfront-distribution-origin-failover-configured',
      'aws-cloudfront-distribution-origin-https-required',
      'aws-cloudfront-distribution-origin-no-deprecated-tls',
      'aws-cloudfront-distribution-s3-origin-access-control-used',
      'aws-cloudfront-distribution-s3-origin-exists',
      'aws-cloudfront-distribution-viewer-https-required',
      'aws-cloudfront-distribution-waf-enabled',
    ]);
    expect(failing('web-asg')).toEqual([
      'aws-autoscaling-group-elb-health-check-used',
      'aws-autoscaling-group-launch-template-used',
      'aws-autoscaling-group-multi-az',
      'aws-autoscaling-group-multiple-instance-types',
    ]);
    expect(failing('api-asg')).toEqual([]);
    expect(failing('web-lc-v1')).toHaveLength(3);
    expect(failing('web-lc-v2')).toEqual([]);
    expect(failing('worker:7')).toEqual([
      'aws-ecs-task-definition-host-network-non-root',
      'aws-ecs-task-definition-logging-configured',
      'aws-ecs-task-definition-no-host-pid',
      'aws-ecs-task-definition-no-privileged-containers',
      'aws-ecs-task-definition-no-secrets-in-environment',
      'aws-ecs-task-definition-read-only-root-filesystem',
    ]);
    expect(failing('worker')).toEqual([
      'aws-ecs-service-fargate-latest-platform',
      'aws-ecs-service-no-public-ip',
    ]);
    expect(failing('dev')).toEqual(['aws-ecs-cluster-container-insights-enabled']);
    expect([
      ...failing('api:3'),
      ...failing('api'),
      ...failing('prod'),
      ...failing('a1b2c3d4e5/prod'),
    ]).toEqual([]);
    expect(failing('old.example.com.')).toEqual(['aws-route53-hosted-zone-query-logging-enabled']);
    expect([...failing('shop.example.com.'), ...failing('internal.example.')]).toEqual([]);
    expect(failing('a1b2c3d4e5/dev')).toEqual([
      'aws-apigateway-stage-cache-encrypted',
      'aws-apigateway-stage-client-certificate-used',
      'aws-apigateway-stage-execution-logging-enabled',
      'aws-apigateway-stage-waf-enabled',
      'aws-apigateway-stage-xray-tracing-enabled',
    ]);
    expect(
      live.findings.find(
        (f) => f.ruleId === 'aws-apigateway-stage-execution-logging-enabled' && f.status === 'fail',
      )?.message,
    ).toBe('API Gateway stage a1b2c3d4e5/dev turns execution logging off for Pets/GET');
    // The throttled call was retried; the second page of task definitions was read.
    expect(live.server.count('autoscaling', 'DescribeAutoScalingGroups')).toBeGreaterThan(1);
    expect(
      live.server.requests.filter(
        (r) => r.operation === 'ListTaskDefinitions' && r.params.nextToken === 'page-2',
      ),
    ).toHaveLength(1);
    // Environment values and user data never leave the collector.
    expect(live.stdout).not.toContain('replay-not-a-secret');
    expect(live.stdout).not.toContain('IyEvYmluL3No');
  });

  it('records a denied call as a gap: the distribution it hides is not judged, the rest is', async () => {
    const live = await liveEdge([
      {
        service: 'cloudfront',
        operation: 'GetDistribution',
        when: (p) => p.Id === 'E2LEGACY000002',
        error: {
          status: 403,
          code: 'AccessDenied',
          message: 'not authorized to perform cloudfront:GetDistribution',
        },
      },
    ]);
    expect(live.findings.some((f) => f.resource.name === 'E2LEGACY000002')).toBe(false);
    expect(live.findings.filter((f) => f.resource.name === 'E1SECURE0000001')).toHaveLength(11);
    expect(live.stderr).toMatch(/cloudfront:GetDistribution/);
  });
});
