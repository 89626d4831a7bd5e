import { describe, expect, it } from 'vitest';
import { isUnknown } from '../model/unknown.js';
import { buildAsset, LIMITS } from './build.js';
import { s3Bucket } from './aws/s3.js';

const base = {
  uid: 'arn:aws:s3:::b',
  account: '111122223333',
  region: 'us-east-1',
  name: 'b',
  tags: {},
  source: { kind: 'import' as const, format: 'test', file: 'f.json', position: 'configurationItems[3]' },
};
const goodConfig = {
  publicAccessBlock: null,
  acl: [],
  policy: null,
  encryption: null,
  versioning: 'Enabled',
  mfaDelete: false,
  logging: null,
  objectLockEnabled: false,
  lifecycleRules: [],
  eventNotifications: [],
  replicationRules: [],
};

describe('buildAsset', () => {
  it('parses a valid candidate into a typed asset with context from tags', () => {
    const { asset, warnings } = buildAsset(s3Bucket, {
      ...base,
      tags: { Env: 'prd', Owner: 'data-team' },
      config: goodConfig,
    });
    expect(warnings).toEqual([]);
    expect(asset.type).toBe('aws.s3.bucket');
    expect(asset.provider).toBe('aws');
    expect(asset.config.versioning).toBe('Enabled');
    expect(asset.context).toEqual({ environment: 'production', owner: 'data-team' });
  });

  it('turns a malformed field into Unknown with the reason, keeps the rest, and warns naming the field', () => {
    const { asset, warnings } = buildAsset(s3Bucket, {
      ...base,
      config: { ...goodConfig, versioning: 42, mfaDelete: 'yes' },
    });
    expect(isUnknown(asset.config.versioning)).toBe(true);
    expect(isUnknown(asset.config.mfaDelete)).toBe(true);
    expect(asset.config.policy).toBeNull();
    expect(warnings.join('\n')).toMatch(/config\.versioning/);
    expect(warnings.join('\n')).toMatch(/config\.mfaDelete/);
  });

  it('treats a missing field as unknown, never as a default', () => {
    const { versioning: _omit, ...rest } = goodConfig;
    const { asset } = buildAsset(s3Bucket, { ...base, config: rest });
    expect(isUnknown(asset.config.versioning)).toBe(true);
  });

  it('keeps hostile tag keys as plain data (no prototype pollution)', () => {
    const tags = JSON.parse(
      '{"__proto__": {"polluted": true}, "constructor": "x", "<script>": "<img src=x onerror=alert(1)>"}',
    ) as Record<string, string>;
    const { asset } = buildAsset(s3Bucket, { ...base, tags, config: goodConfig });
    expect(Object.getPrototypeOf(asset.tags)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(asset.tags)).toContain('__proto__');
    expect(asset.tags['<script>']).toBe('<img src=x onerror=alert(1)>');
  });

  it('bounds oversized names and tag values with a warning', () => {
    const { asset, warnings } = buildAsset(s3Bucket, {
      ...base,
      name: 'n'.repeat(LIMITS.name + 10),
      tags: { big: 'v'.repeat(LIMITS.tagValue * 2) },
      config: goodConfig,
    });
    expect(asset.name.length).toBe(LIMITS.name + 1);
    expect(asset.tags.big?.length).toBe(LIMITS.tagValue + 1);
    expect(warnings).toHaveLength(2);
  });
});
