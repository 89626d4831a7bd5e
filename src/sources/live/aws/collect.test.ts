/**
 * `parapet scan --aws` with the real AWS SDK clients against the loopback replay server: the live
 * scan judges the estate exactly as importing its AWS Config snapshot (and credential report) does,
 * fills in what Config lacks, follows pagination, retries throttling (400 ThrottlingException and
 * 429), records denied calls as gaps, survives a region that times out, and only makes declared calls.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AWS_CALLS, isReadAction } from './calls.js';
import { ACCOUNT, OTHER_REGION, REGION } from './testing/estate.js';
import { importScan, liveScan, parapet, type ScanDoc } from './testing/live-scan.js';
import type { Recording } from './testing/replay-server.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');

const byId = (doc: ScanDoc) => new Map(doc.findings.map((f) => [f.id, f]));

describe('parapet scan --aws (loopback replay)', () => {
  it('judges the estate as importing its AWS Config snapshot and credential report does', async () => {
    const { doc: fromImport } = await importScan([
      join(FIXTURES, 'estate-config-snapshot.json'),
      join(FIXTURES, 'estate-credential-report.csv'),
    ]);
    const { doc: live, server: s } = await liveScan();
    expect(s.unmatched).toEqual([]);
    const liveFindings = byId(live);
    // Everything AWS Config could judge, the live scan judges the same way, with the same message.
    const judged = fromImport.findings.filter((f) => f.status !== 'error');
    expect(judged.length).toBeGreaterThan(40);
    for (const f of judged) {
      const l = liveFindings.get(f.id);
      expect(l, `${f.ruleId} ${f.resource.uid}`).toBeDefined();
      expect({ rule: l?.ruleId, status: l?.status, message: l?.message }).toEqual({
        rule: f.ruleId,
        status: f.status,
        message: f.message,
      });
    }
    // What Config cannot record (password policy, EBS default encryption, trail status...) the live
    // scan knows: no live result is unknown, and every live-only verdict was an unknown on import.
    expect(live.findings.filter((f) => f.status === 'error')).toEqual([]);
    const importIds = byId(fromImport);
    for (const l of live.findings) {
      const f = importIds.get(l.id);
      if (f === undefined || f.status === 'error') continue;
      expect(f.status).toBe(l.status);
    }
    const liveOnly = live.findings
      .filter((l) => importIds.get(l.id)?.status === 'error')
      .map((l) => l.ruleId);
    expect(liveOnly).toEqual(
      expect.arrayContaining([
        'aws-iam-password-policy-min-length-14',
        'aws-ec2-ebs-default-encryption-enabled',
        'aws-cloudtrail-multi-region-trail-enabled',
      ]),
    );
  });

  it('follows pagination and retries throttling (400 ThrottlingException, 429) until it succeeds', async () => {
    const { doc, server: s } = await liveScan();
    // Two pages of security groups, both collected.
    expect(
      s.requests.filter((r) => r.operation === 'DescribeSecurityGroups' && r.region === REGION),
    ).toHaveLength(2);
    expect(doc.findings.some((f) => f.resource.uid.endsWith('security-group/sg-0bbb2222'))).toBe(true);
    // KMS throttled once, EKS answered 429 once: each retried, and the resources are there.
    expect(s.requests.filter((r) => r.operation === 'ListKeys' && r.region === REGION)).toHaveLength(2);
    expect(
      s.requests.filter((r) => r.service === 'eks' && r.operation === 'ListClusters' && r.region === REGION),
    ).toHaveLength(2);
    expect(doc.findings.some((f) => f.ruleId === 'aws-kms-key-rotation-enabled' && f.status === 'fail')).toBe(
      true,
    );
    expect(
      doc.findings.some((f) => f.ruleId === 'aws-eks-cluster-endpoint-not-public' && f.status === 'fail'),
    ).toBe(true);
  });

  it('records a denied call as a gap: the affected result is error, with the reason, and the rest is judged', async () => {
    const { doc, stderr } = await liveScan([
      {
        service: 's3',
        operation: 'GetBucketPolicy',
        when: (p) => p.Bucket === 'nw-logs',
        error: { status: 403, code: 'AccessDenied', message: 'Access Denied' },
      },
      {
        service: 'iam',
        operation: 'GetAccountPasswordPolicy',
        error: { status: 403, code: 'AccessDenied', message: 'not allowed' },
      },
    ]);
    const tls = doc.findings.find(
      (f) => f.ruleId === 'aws-s3-bucket-ssl-requests-only' && f.resource.uid === 'arn:aws:s3:::nw-logs',
    );
    expect(tls?.status).toBe('error');
    expect(tls?.message).toMatch(
      /s3:GetBucketPolicy was denied in account 111122223333 eu-west-1 \(AccessDenied/,
    );
    const pw = doc.findings.find((f) => f.ruleId === 'aws-iam-password-policy-min-length-14');
    expect(pw?.status).toBe('error');
    expect(doc.scan.coverage.unassessed.map((u) => u.field)).toEqual(
      expect.arrayContaining(['policy', 'passwordPolicy']),
    );
    expect(stderr).toMatch(/iam:GetAccountPasswordPolicy was denied/);
    // The other bucket and the rest of the account are still judged.
    expect(
      doc.findings.find(
        (f) => f.ruleId === 'aws-s3-bucket-not-public' && f.resource.uid === 'arn:aws:s3:::nw-public-assets',
      )?.status,
    ).toBe('fail');
  });

  it('goes on when a region times out: the other regions are collected, the slow one is a gap', async () => {
    const hang: Recording[] = [
      'DescribeSecurityGroups',
      'DescribeInstances',
      'DescribeVolumes',
      'DescribeVpcs',
      'DescribeFlowLogs',
      'GetEbsEncryptionByDefault',
    ].map((operation) => ({ service: 'ec2', operation, region: OTHER_REGION, hang: true }));
    const { doc, stderr } = await liveScan(hang, {
      args: ['--aws-timeout', '1.5', '--aws-max-attempts', '2'],
    });
    expect(stderr).toMatch(/ec2:DescribeSecurityGroups timed out in account 111122223333 us-east-1/);
    // eu-west-1 was collected in full.
    expect(doc.findings.find((f) => f.ruleId === 'aws-ec2-security-group-no-public-ssh')?.status).toBe(
      'fail',
    );
    // EBS encryption by default could not be read in us-east-1: unknown, not a pass or a fail.
    expect(doc.findings.find((f) => f.ruleId === 'aws-ec2-ebs-default-encryption-enabled')?.status).toBe(
      'error',
    );
  });

  it('makes only declared calls, and every declared action is a read action', async () => {
    const { server: s } = await liveScan();
    const declared = new Set(AWS_CALLS.map((c) => `${c.service}:${c.operation}`));
    const made = new Set(s.requests.map((r) => `${r.service}:${r.operation}`));
    expect([...made].filter((c) => !declared.has(c))).toEqual([]);
    // The replayed estate exercises (nearly) every declared call, so the table is not padded either.
    const unused = [...declared].filter((c) => !made.has(c));
    expect(unused.sort()).toEqual(['organizations:ListAccounts', 'sts:AssumeRole']);
    for (const c of AWS_CALLS)
      for (const p of c.permissions) if (p !== 'sts:AssumeRole') expect(isReadAction(p), p).toBe(true);
  });

  it('rejects bad options with a message naming the flag', async () => {
    const r = await parapet(['scan', '--aws', '--regions', 'mars-1', '--no-store']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--regions: "mars-1" is not an AWS region name/);
    const r2 = await parapet(['scan', '--aws', '--accounts', '123456789012', '--no-store']);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/--accounts and --exclude-accounts need --org/);
  });
});

describe('parapet scan --aws --org', () => {
  it('lists the organisation, assumes the role in each member (with the external id) and skips excluded ones', async () => {
    const member = '222233334444';
    const excluded = '555566667777';
    const org: Recording[] = [
      {
        service: 'organizations',
        operation: 'ListAccounts',
        when: (p) => p.NextToken === undefined,
        output: {
          Accounts: [
            { Id: ACCOUNT, Status: 'ACTIVE' },
            { Id: member, Status: 'ACTIVE' },
          ],
          NextToken: 'more',
        },
      },
      {
        service: 'organizations',
        operation: 'ListAccounts',
        when: (p) => p.NextToken === 'more',
        output: {
          Accounts: [
            { Id: excluded, Status: 'ACTIVE' },
            { Id: '999988887777', Status: 'SUSPENDED' },
          ],
        },
      },
      {
        service: 'sts',
        operation: 'AssumeRole',
        output: (req) => ({
          Credentials: {
            AccessKeyId: `ASIAREPLAY${String(req.params.RoleArn).slice(13, 25)}`,
            SecretAccessKey: 'assumed',
            SessionToken: 'token',
            Expiration: new Date('2099-01-01T00:00:00Z'),
          },
          AssumedRoleUser: { Arn: String(req.params.RoleArn), AssumedRoleId: 'AROA:parapet' },
        }),
      },
    ];
    const { doc, server: s } = await liveScan(org, {
      args: [
        '--org',
        '--role-name',
        'Auditor',
        '--external-id',
        'ext-123',
        '--exclude-accounts',
        excluded,
        '--regions',
        REGION,
      ],
    });
    const assumed = s.requests.filter((r) => r.operation === 'AssumeRole');
    expect(assumed.map((r) => r.params.RoleArn)).toEqual([`arn:aws:iam::${member}:role/Auditor`]);
    expect(assumed[0]?.params.ExternalId).toBe('ext-123');
    // The member's calls were signed with the assumed credentials (the replay reads the account from them).
    expect(s.requests.some((r) => r.account === member && r.operation === 'DescribeSecurityGroups')).toBe(
      true,
    );
    expect(s.requests.some((r) => r.account === excluded)).toBe(false);
    const accounts = new Set(doc.findings.map((f) => f.resource.uid.split(':')[4]));
    expect(accounts).toEqual(new Set(['', ACCOUNT, member]));
  });
});
