import { describe, expect, it } from 'vitest';
import { driftBetween, fieldDiffs, securityCategory, stateHash, type DriftAsset } from './drift.js';

const asset = (over: Partial<DriftAsset> = {}): DriftAsset => ({
  uid: 'u1',
  type: 'aws.ec2.security-group',
  provider: 'aws',
  account: '1',
  region: 'eu-west-1',
  name: 'sg',
  tags: {},
  config: { ingress: [{ fromPort: 22, toPort: 22, cidrs: ['10.0.0.0/8', '192.168.0.0/16'] }] },
  results: { 'r-ssh': 'pass' },
  ...over,
});

describe('drift', () => {
  it('hashes the normalised state: key order and value-list order do not matter, values do', () => {
    const a = asset();
    const reordered = asset({
      config: { ingress: [{ cidrs: ['192.168.0.0/16', '10.0.0.0/8'], toPort: 22, fromPort: 22 }] },
    });
    expect(stateHash(reordered)).toBe(stateHash(a));
    expect(stateHash(asset({ tags: { a: '1' } }))).not.toBe(stateHash(a));
  });

  it('names the security concern of a field path', () => {
    expect(securityCategory('config.ingress.0.cidrs')).toBe('exposure');
    expect(securityCategory('config.encryption.sseAlgorithm')).toBe('encryption');
    expect(securityCategory('config.logging')).toBe('logging');
    expect(securityCategory('config.attachedPolicies')).toBe('iam');
    expect(securityCategory('config.versioning')).toBeUndefined();
    expect(securityCategory('tags.public')).toBeUndefined(); // tags are not configuration
  });

  it('diffs leaf by leaf and marks changes that flip a rule as security-relevant', () => {
    const before = asset();
    const after = asset({
      config: { ingress: [{ fromPort: 22, toPort: 22, cidrs: ['0.0.0.0/0'] }] },
      results: { 'r-ssh': 'fail' },
    });
    expect(fieldDiffs({ config: before.config }, { config: after.config })).toEqual([
      {
        path: 'config.ingress.0.cidrs',
        before: ['10.0.0.0/8', '192.168.0.0/16'],
        after: ['0.0.0.0/0'],
        category: 'exposure',
      },
    ]);
    const [entry] = driftBetween([before], [after], () => true);
    expect(entry).toMatchObject({
      change: 'changed',
      security: true,
      flips: [{ ruleId: 'r-ssh', before: 'pass', after: 'fail' }],
    });
  });

  it('tells removed from unseen by the target scan coverage', () => {
    const gone = driftBetween(
      [asset({ uid: 'a' }), asset({ uid: 'b', region: 'us-east-1' })],
      [],
      (a) => a.region === 'eu-west-1',
    );
    expect(gone.map((e) => [e.uid, e.change])).toEqual([
      ['a', 'removed'],
      ['b', 'unseen'],
    ]);
  });
});
