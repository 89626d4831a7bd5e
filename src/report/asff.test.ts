import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../cli/io.js';
import { main } from '../cli/main.js';
import type { Finding } from '../model/finding.js';
import { ASFF_LIMITS, asffFinding, asffProblems, asffResourceType } from './asff.js';

const finding = (over: Partial<Finding> = {}): Finding => ({
  id: 'abc123',
  ruleId: 'aws-s3-bucket-not-public',
  title: 'S3 buckets are not public',
  severity: 'critical',
  status: 'fail',
  resource: {
    uid: 'arn:aws:s3:::b',
    provider: 'aws',
    type: 'aws.s3.bucket',
    account: '123456789012',
    region: 'eu-west-1',
    name: 'b',
    tags: { Name: '<script>alert(1)</script>' },
  },
  message: 'Bucket b is public',
  evidence: { statement: 'x' },
  compliance: { 'aws-fsbp': ['S3.2'], hipaa: ['164.312(a)(1)'] },
  risk: { score: 90, factors: [] },
  remediation: { text: 'Block public access.' },
  ...over,
});
const ctx = { scanId: 's1', time: '2026-11-28T12:00:00.000Z', options: {} };

describe('ASFF output', () => {
  it('has the required fields, compliance status, related requirements and workflow', () => {
    const f = asffFinding(finding(), ctx);
    expect(asffProblems(f)).toEqual([]);
    expect(f).toMatchObject({
      SchemaVersion: '2018-10-08',
      AwsAccountId: '123456789012',
      ProductArn: 'arn:aws:securityhub:eu-west-1:123456789012:product/123456789012/default',
      Severity: { Label: 'CRITICAL' },
      Compliance: { Status: 'FAILED', RelatedRequirements: ['aws-fsbp S3.2', 'hipaa 164.312(a)(1)'] },
      Workflow: { Status: 'NEW' },
      RecordState: 'ACTIVE',
      Resources: [{ Type: 'AwsS3Bucket', Id: 'arn:aws:s3:::b', Partition: 'aws', Region: 'eu-west-1' }],
    });
    expect(asffFinding(finding({ status: 'error' }), ctx)).toMatchObject({
      Compliance: { Status: 'NOT_AVAILABLE' },
    });
    expect(asffFinding(finding({ status: 'muted' }), ctx)).toMatchObject({
      Workflow: { Status: 'SUPPRESSED' },
    });
    expect(asffResourceType('aws.ec2.security-group')).toBe('AwsEc2SecurityGroup');
  });

  it('keeps oversized values within Security Hub limits', () => {
    const huge = 'x'.repeat(300_000);
    const many = Object.fromEntries(
      Array.from({ length: 80 }, (_, i) => [`k${i}${'k'.repeat(200)}`, huge.slice(0, 400)]),
    );
    const f = asffFinding(
      finding({
        title: huge,
        message: huge,
        evidence: { big: huge },
        remediation: { text: huge },
        resource: { ...finding().resource, tags: many, uid: `arn:aws:s3:::${huge}` },
        compliance: { nist: Array.from({ length: 60 }, (_, i) => `AC-${i}`) },
      }),
      ctx,
    );
    expect(asffProblems(f)).toEqual([]);
    expect((f.Title as string).length).toBe(ASFF_LIMITS.title);
    expect((f.Compliance as { RelatedRequirements: string[] }).RelatedRequirements).toHaveLength(32);
    expect(Buffer.byteLength(JSON.stringify(f))).toBeLessThanOrEqual(ASFF_LIMITS.findingBytes);
  });

  it('needs the importing account for Azure and GCP findings, and says so', () => {
    const gcp = finding({
      resource: {
        ...finding().resource,
        provider: 'gcp',
        type: 'gcp.storage.bucket',
        account: 'proj',
        region: 'europe-west1',
      },
    });
    expect(() => asffFinding(gcp, ctx)).toThrow(/--asff-account/);
    const f = asffFinding(gcp, { ...ctx, options: { account: '210987654321', region: 'eu-west-1' } });
    expect(asffProblems(f)).toEqual([]);
    expect(f).toMatchObject({
      AwsAccountId: '210987654321',
      Resources: [{ Type: 'Other', Details: { Other: { Provider: 'gcp' } } }],
    });
  });

  it('writes a JSON array of importable findings for a whole scan', async () => {
    const io = memoryIo({ NO_COLOR: '1' }, mkdtempSync(join(tmpdir(), 'parapet-asff-')));
    const code = await main(
      ['scan', '--demo', '--no-store', '--format', 'asff', '--asff-account', '123456789012', '--no-progress'],
      io,
    );
    expect(code, io.err()).toBe(0);
    const all = JSON.parse(io.out()) as Record<string, unknown>[];
    expect(all.length).toBeGreaterThan(100);
    expect(all.flatMap((f) => asffProblems(f))).toEqual([]);
    const bad = memoryIo({}, mkdtempSync(join(tmpdir(), 'parapet-asff-')));
    expect(
      await main(['scan', '--demo', '--no-store', '--format', 'asff', '--asff-account', '12'], bad),
    ).toBe(2);
    expect(bad.err()).toMatch(/--asff-account: "12" is not a 12-digit AWS account id/);
  });
});
