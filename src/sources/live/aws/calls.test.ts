/** `parapet permissions aws`: a valid IAM policy document, read actions only, one per declared call. */
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../../cli/io.js';
import { main } from '../../../cli/main.js';
import { AWS_CALLS, awsPolicyDocument, isReadAction, ORG_CALLER_ACTIONS } from './calls.js';

describe('parapet permissions aws', () => {
  it('prints a valid IAM policy with exactly the declared read actions', async () => {
    const io = memoryIo({});
    expect(await main(['permissions', 'aws'], io)).toBe(0);
    const policy = JSON.parse(io.out()) as {
      Version: string;
      Statement: { Effect: string; Action: string[]; Resource: string }[];
    };
    expect(policy.Version).toBe('2012-10-17');
    expect(policy.Statement).toHaveLength(1);
    const [st] = policy.Statement;
    expect(st?.Effect).toBe('Allow');
    expect(st?.Resource).toBe('*');
    const declared = new Set(
      AWS_CALLS.flatMap((c) => c.permissions).filter((a) => !ORG_CALLER_ACTIONS.has(a)),
    );
    expect(new Set(st?.Action)).toEqual(declared);
    for (const a of st?.Action ?? []) {
      expect(a).toMatch(/^[a-z0-9-]+:[A-Z][A-Za-z]+$/);
      expect(isReadAction(a), a).toBe(true);
    }
    expect(st?.Action).not.toContain('sts:AssumeRole');
  });

  it('explains each call and the extra permission of an organisation scan', async () => {
    const io = memoryIo({});
    expect(await main(['permissions', 'aws', '--explain'], io)).toBe(0);
    expect(io.out()).toMatch(/s3:GetBucketPolicy\s+s3:GetBucketPolicy — bucket policy/);
    expect(io.out()).toMatch(/sts:AssumeRole on arn:aws:iam::\*:role/);
  });

  it('refuses a provider without a live source', async () => {
    const io = memoryIo({});
    expect(await main(['permissions', 'oracle'], io)).toBe(2);
    expect(io.err()).toMatch(/"oracle" has no live source/);
  });
});

describe('isReadAction', () => {
  it.each([
    ['s3:GetBucketPolicy', true],
    ['ec2:DescribeInstances', true],
    ['kms:ListKeys', true],
    ['iam:GenerateCredentialReport', true],
    ['s3:PutBucketPolicy', false],
    ['ec2:CreateTags', false],
    ['sts:AssumeRole', false],
    ['iam:Getaway', false],
  ])('%s → %s', (action, read) => expect(isReadAction(action)).toBe(read));

  it('the policy builder drops the organisation caller actions and sorts', () => {
    const doc = awsPolicyDocument([
      { service: 'sts', operation: 'AssumeRole', permissions: ['sts:AssumeRole'], why: '' },
      { service: 's3', operation: 'ListBuckets', permissions: ['s3:ListAllMyBuckets'], why: '' },
      { service: 'ec2', operation: 'DescribeVpcs', permissions: ['ec2:DescribeVpcs'], why: '' },
    ]);
    expect(doc).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'ParapetReadOnlyScanner',
          Effect: 'Allow',
          Action: ['ec2:DescribeVpcs', 's3:ListAllMyBuckets'],
          Resource: '*',
        },
      ],
    });
  });
});
