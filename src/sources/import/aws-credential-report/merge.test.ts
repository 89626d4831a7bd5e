/**
 * The credential report and AWS Config describe different halves of the same IAM users and account;
 * merged by uid, rules that need both halves can decide.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateRule } from '../../../engine/evaluate-rule.js';
import { InventoryIndex } from '../../../engine/inventory-index.js';
import { buildAsset } from '../../../inventory/build.js';
import { mergeAssets } from '../../../inventory/merge.js';
import { assetTypeDef } from '../../../inventory/types.js';
import type { AnyAsset } from '../../../model/asset.js';
import { rule as consoleMfa } from '../../../rules/aws/iam/aws-iam-user-console-mfa-enabled.js';
import { rule as noAdmin } from '../../../rules/aws/iam/aws-iam-user-no-admin-access.js';
import { rule as rootMfa } from '../../../rules/aws/iam/aws-iam-root-mfa-enabled.js';
import { rule as accountPab } from '../../../rules/aws/s3/aws-s3-account-public-access-blocked.js';
import { importPaths } from '../index.js';

/** Vitest's asymmetric matchers, typed `unknown` instead of `any`. */
const anyOf = {
  arrayContaining: (items: unknown[]): unknown => expect.arrayContaining(items),
};

const here = import.meta.dirname;
const NOW = new Date('2026-06-01T00:00:00Z');

async function mergedInventory(paths: string[]): Promise<Map<string, AnyAsset>> {
  const byUid = new Map<string, AnyAsset>();
  for await (const ev of importPaths(paths)) {
    if (ev.kind !== 'candidate') continue;
    const def = assetTypeDef(ev.type);
    if (!def) throw new Error(`unknown type ${ev.type}`);
    const asset = buildAsset(def, ev.candidate).asset;
    const seen = byUid.get(asset.uid);
    byUid.set(asset.uid, seen === undefined ? asset : mergeAssets(seen, asset));
  }
  return byUid;
}

describe('credential report merged with AWS Config', () => {
  it('gives users both their credentials and their permissions, and the account its root user', async () => {
    const inventory = await mergedInventory([
      join(here, 'fixtures', 'credential-report.csv'),
      join(here, '..', 'aws-config', 'fixtures', 'identity', 'snapshot.json'),
    ]);
    const alice = inventory.get('arn:aws:iam::111122223333:user/alice');
    expect(alice?.config).toMatchObject({
      mfaActive: true,
      passwordEnabled: true,
      groups: ['developers'],
      attachedPolicyArns: anyOf.arrayContaining(['arn:aws:iam::aws:policy/AdministratorAccess']),
    });
    const account = inventory.get('arn:aws:iam::111122223333:root');
    expect(account?.config).toMatchObject({
      rootMfaEnabled: true,
      s3PublicAccessBlock: { restrictPublicBuckets: false },
    });

    const index = new InventoryIndex(inventory.values());
    const run = (r: typeof noAdmin, a: AnyAsset | undefined) => {
      if (a === undefined) throw new Error('missing asset');
      return evaluateRule(r, a, { now: NOW, index });
    };
    expect(run(consoleMfa, alice).status).toBe('pass');
    expect(run(noAdmin, alice)).toMatchObject({
      status: 'fail',
      message:
        'IAM user alice has full administrator access through AWS managed policy AdministratorAccess, inline policy break-glass',
    });
    expect(run(rootMfa, account).status).toBe('pass');
    expect(run(accountPab, account).status).toBe('fail');
  });

  it('leaves a user seen only in the report unknown for permission rules', async () => {
    const inventory = await mergedInventory([join(here, 'fixtures', 'credential-report.csv')]);
    const carol = inventory.get('arn:aws:iam::111122223333:user/carol');
    if (carol === undefined) throw new Error('missing carol');
    const result = evaluateRule(noAdmin, carol, { now: NOW, index: new InventoryIndex([carol]) });
    expect(result.status).toBe('error');
    expect(result.unknown?.[0]?.field).toBe('attachedPolicyArns');
  });
});
