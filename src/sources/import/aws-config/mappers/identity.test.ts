/** The identity, logging and account mappers (iam.ts, cloudtrail.ts, account.ts) over both spellings. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAsset } from '../../../../inventory/build.js';
import { mergeAssets } from '../../../../inventory/merge.js';
import { assetTypeDef } from '../../../../inventory/types.js';
import type { AnyAsset } from '../../../../model/asset.js';
import { importPaths } from '../../index.js';
import type { DiagnosticEvent } from '../../types.js';

/** Vitest's asymmetric matchers, typed `unknown` instead of `any`. */
const anyOf = {
  stringContaining: (text: string): unknown => expect.stringContaining(text),
};
/** An Unknown whose reason contains `text`. */
const unknownWith = (text: string): unknown => ({ $unknown: anyOf.stringContaining(text) });

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'identity');

async function load(name: string) {
  const assets: AnyAsset[] = [];
  const warnings: string[] = [];
  const diagnostics: DiagnosticEvent[] = [];
  for await (const ev of importPaths([join(FIXTURES, name)])) {
    if (ev.kind === 'diagnostic') diagnostics.push(ev);
    if (ev.kind !== 'candidate') continue;
    const def = assetTypeDef(ev.type);
    if (!def) throw new Error(`unknown type ${ev.type}`);
    const built = buildAsset(def, ev.candidate);
    assets.push(built.asset);
    warnings.push(...built.warnings);
  }
  return { assets, warnings, diagnostics };
}

function one(assets: AnyAsset[], type: string, name?: string): AnyAsset {
  const found = assets.filter((a) => a.type === type && (name === undefined || a.name === name));
  if (found.length !== 1) throw new Error(`expected one ${type} ${name ?? ''}, found ${found.length}`);
  return found[0] as AnyAsset;
}

describe('AWS Config identity mappers: snapshot file', () => {
  it('maps an IAM user: decoded inline policies, attached ARNs, groups; credentials unknown', async () => {
    const { assets, warnings, diagnostics } = await load('snapshot.json');
    expect(diagnostics).toEqual([]);
    expect(warnings).toEqual([]);
    const alice = one(assets, 'aws.iam.user', 'alice');
    expect(alice.uid).toBe('arn:aws:iam::111122223333:user/alice');
    expect(alice.region).toBe('global');
    expect(alice.tags).toEqual({ Owner: 'platform' });
    expect(alice.config).toMatchObject({
      path: '/',
      createdAt: '2020-01-15T09:30:00.000Z',
      groups: ['developers'],
      permissionsBoundaryArn: null,
      attachedPolicyArns: [
        'arn:aws:iam::aws:policy/AdministratorAccess',
        'arn:aws:iam::111122223333:policy/data-access',
      ],
      inlinePolicies: [
        {
          name: 'break-glass',
          document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
        },
      ],
    });
    for (const field of ['passwordEnabled', 'mfaActive', 'accessKeys'])
      expect(alice.config[field]).toEqual(unknownWith('credential report'));
    // Only the customer managed policy is a relation: AWS managed policies are never in the inventory.
    expect(alice.relations).toEqual([
      { kind: 'has-policy', target: 'arn:aws:iam::111122223333:policy/data-access' },
    ]);
  });

  it('maps an IAM role with its URL-encoded trust policy', async () => {
    const { assets } = await load('snapshot.json');
    const role = one(assets, 'aws.iam.role', 'vendor-access');
    expect(role.config).toMatchObject({
      trustPolicy: {
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: 'arn:aws:iam::444455556666:root' },
            Action: 'sts:AssumeRole',
            Condition: { StringEquals: { 'sts:ExternalId': 'vendor-123' } },
          },
        ],
      },
      attachedPolicyArns: ['arn:aws:iam::111122223333:policy/data-access'],
      inlinePolicies: [{ name: 'read' }],
      permissionsBoundaryArn: 'arn:aws:iam::111122223333:policy/boundary',
      instanceProfileArns: ['arn:aws:iam::111122223333:instance-profile/vendor'],
      lastUsed: '2026-05-29T08:00:00.000Z',
    });
    expect(role.config.maxSessionDurationSeconds).toEqual(
      unknownWith('does not record a role’s maximum session duration'),
    );
  });

  it('maps a customer managed policy to its default version document', async () => {
    const { assets } = await load('snapshot.json');
    const policy = one(assets, 'aws.iam.policy', 'data-access');
    expect(policy.config).toMatchObject({
      awsManaged: false,
      defaultVersionId: 'v2',
      attachmentCount: 2,
      isAttachable: true,
      document: { Statement: [{ Sid: 'Data', Action: ['s3:*', 'dynamodb:GetItem'] }] },
    });
  });

  it('maps a trail; logging status is unknown from AWS Config', async () => {
    const { assets } = await load('snapshot.json');
    const trail = one(assets, 'aws.cloudtrail.trail', 'main');
    expect(trail.uid).toBe('arn:aws:cloudtrail:us-east-1:111122223333:trail/main');
    expect(trail.region).toBe('us-east-1');
    expect(trail.config).toMatchObject({
      homeRegion: 'us-east-1',
      multiRegion: true,
      organizationTrail: false,
      managementEvents: 'all',
      logFileValidation: true,
      kmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/0a1b2c3d-1111-2222-3333-444455556666',
      cloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*',
      s3BucketName: 'org-trail-logs',
    });
    expect(trail.config.isLogging).toEqual(unknownWith('cloudtrail:GetTrailStatus'));
    expect(trail.relations).toEqual([
      {
        kind: 'encrypted-by',
        target: 'arn:aws:kms:us-east-1:111122223333:key/0a1b2c3d-1111-2222-3333-444455556666',
      },
    ]);
  });

  it('implies the account, and the AccountPublicAccessBlock item fills in its S3 block', async () => {
    const { assets } = await load('snapshot.json');
    const accounts = assets.filter((a) => a.type === 'aws.account');
    expect(accounts.map((a) => a.uid)).toEqual([
      'arn:aws:iam::111122223333:root',
      'arn:aws:iam::111122223333:root',
    ]);
    const merged = accounts.reduce((a, b) => mergeAssets(a, b));
    expect(merged.name).toBe('111122223333');
    expect(merged.config.s3PublicAccessBlock).toEqual({
      blockPublicAcls: true,
      ignorePublicAcls: true,
      blockPublicPolicy: true,
      restrictPublicBuckets: false,
    });
    // What AWS Config cannot record stays unknown, naming the source that can supply it.
    expect(merged.config.rootMfaEnabled).toEqual(unknownWith('credential report'));
    expect(merged.config.passwordPolicy).toEqual(unknownWith('GetAccountPasswordPolicy'));
    expect(merged.config.ebsEncryptionByDefault).toEqual(unknownWith('GetEbsEncryptionByDefault'));
    expect(merged.config.trailsListed).toEqual(unknownWith('home region'));
  });
});

describe('AWS Config identity mappers: API spelling', () => {
  it('keeps a role whose trust policy is not valid JSON, with the field unknown', async () => {
    const { assets, diagnostics } = await load('api-items.json');
    expect(diagnostics).toEqual([]);
    const role = one(assets, 'aws.iam.role', 'broken');
    expect(role.config.trustPolicy).toEqual(unknownWith('not a valid (URL-encoded) JSON'));
    expect(role.config.attachedPolicyArns).toEqual([]);
    expect(role.config.lastUsed).toBeNull();
  });

  it('leaves management events unknown for a trail with custom selectors', async () => {
    const { assets } = await load('api-items.json');
    const trail = one(assets, 'aws.cloudtrail.trail', 'regional');
    expect(trail.region).toBe('eu-west-1');
    expect(trail.config).toMatchObject({
      multiRegion: false,
      logFileValidation: false,
      kmsKeyId: null,
      cloudWatchLogsLogGroupArn: null,
    });
    expect(trail.config.managementEvents).toEqual(unknownWith('custom event selectors'));
  });

  it('maps a user with a path from the JSON-text configuration', async () => {
    const { assets, warnings } = await load('api-items.json');
    expect(warnings).toEqual([]);
    const bob = one(assets, 'aws.iam.user', 'bob');
    expect(bob.uid).toBe('arn:aws:iam::111122223333:user/ops/bob');
    expect(bob.config).toMatchObject({
      path: '/ops/',
      attachedPolicyArns: [],
      inlinePolicies: [],
      groups: [],
    });
  });
});
