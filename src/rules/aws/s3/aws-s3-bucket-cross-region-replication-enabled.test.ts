import { describe, expect, it } from 'vitest';
import { evaluateRule } from '../../../engine/evaluate-rule.js';
import { InventoryIndex } from '../../../engine/inventory-index.js';
import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureBucket } from '../testing/fixtures.js';
import { rule } from './aws-s3-bucket-cross-region-replication-enabled.js';

const bucket = (config: Partial<typeof secureBucket>) =>
  assetOf('aws.s3.bucket', { ...secureBucket, ...config }, { name: 'data', uid: 'arn:aws:s3:::data' });
const replica = (region: string) =>
  assetOf(
    'aws.s3.bucket',
    { ...secureBucket, replicationRules: [] },
    { name: 'data-dr', uid: 'arn:aws:s3:::data-dr', region },
  );

runRuleTests(rule, {
  valid: [
    { name: 'destination in another region', asset: bucket({}), related: [replica('eu-west-1')] },
    { name: 'destination not in the inventory (region not verified)', asset: bucket({}) },
  ],
  invalid: [
    {
      asset: bucket({ replicationRules: [] }),
      messageId: 'none',
      message: 'Bucket data has no replication rules',
    },
    {
      asset: bucket({
        replicationRules: [{ id: 'r', status: 'Disabled', destinationBucket: 'arn:aws:s3:::data-dr' }],
      }),
      messageId: 'disabled',
      message: 'Bucket data has replication rules, but none is enabled',
    },
    {
      name: 'destination in the same region',
      asset: bucket({}),
      related: [replica('us-east-1')],
      messageId: 'sameRegion',
      message: 'Bucket data replicates only within its own region (us-east-1)',
    },
  ],
  unknown: [
    {
      asset: bucket({ replicationRules: unknown('s3:GetBucketReplication denied') }),
      field: 'replicationRules',
    },
  ],
});

describe('a destination outside the inventory', () => {
  it('passes, saying the destination region was not verified', () => {
    const b = bucket({});
    const r = evaluateRule(rule, b, {
      now: new Date('2026-06-01T00:00:00Z'),
      index: new InventoryIndex([b]),
    });
    expect(r.status).toBe('pass');
    expect(r.message).toBe(
      'Bucket data replicates to arn:aws:s3:::data-dr, which is not in the inventory: ' +
        'replication is enabled, but the destination region was not verified',
    );
  });
});
