import { describe, expect, it } from 'vitest';
import { InputError } from '../model/errors.js';
import {
  isActive,
  parseSuppressions,
  suppressionFor,
  suppressionMatches,
  type Suppression,
} from './suppressions.js';

const finding = (
  tags: Record<string, string>,
  over: Partial<{ ruleId: string; region: string; uid: string }> = {},
) => ({
  ruleId: over.ruleId ?? 'aws-s3-bucket-versioning-enabled',
  severity: 'medium',
  resource: {
    uid: over.uid ?? 'arn:aws:s3:::logs-eu',
    type: 'aws.s3.bucket',
    account: '111122223333',
    region: over.region ?? 'eu-west-1',
    name: 'logs-eu',
    tags,
  },
});

const base = { id: 's', reason: 'r', owner: 'o', kind: 'mitigated' } as const;

describe('suppressions', () => {
  it('ANDs the keys of a condition set and ORs the values of a list', () => {
    const s: Suppression = {
      ...base,
      match: { rule: 'aws-s3-*', region: ['eu-west-1', 'eu-central-1'], resource: 'arn:aws:s3:::logs-*' },
    };
    expect(suppressionMatches(s, finding({}))).toBe(true);
    expect(suppressionMatches(s, finding({}, { region: 'us-east-1' }))).toBe(false);
    expect(suppressionMatches(s, finding({}, { ruleId: 'aws-ec2-x' }))).toBe(false);
    expect(suppressionMatches(s, finding({}, { uid: 'arn:aws:s3:::data' }))).toBe(false);
    // `resource` matches the uid or the name.
    const byName: Suppression = { ...base, match: { resource: 'logs-*' } };
    expect(suppressionMatches(byName, finding({}, { uid: 'arn:aws:s3:::data' }))).toBe(true);
  });

  it('needs every tag of `tags` and one of `anyTags`; a list of sets is an OR', () => {
    const all: Suppression = { ...base, match: { tags: { env: 'dev', team: 'web' } } };
    expect(suppressionMatches(all, finding({ env: 'dev', team: 'web' }))).toBe(true);
    expect(suppressionMatches(all, finding({ env: 'dev' }))).toBe(false);
    const any: Suppression = { ...base, match: { anyTags: { env: 'dev', team: 'web' } } };
    expect(suppressionMatches(any, finding({ env: 'dev' }))).toBe(true);
    expect(suppressionMatches(any, finding({ env: 'prod' }))).toBe(false);
    const either: Suppression = { ...base, match: [{ region: 'us-east-1' }, { tags: { env: 'dev' } }] };
    expect(suppressionMatches(either, finding({ env: 'dev' }))).toBe(true);
    expect(suppressionMatches(either, finding({ env: 'prod' }))).toBe(false);
  });

  it('stops applying at its expiry', () => {
    const s: Suppression = { ...base, expires: '2026-12-01T00:00:00.000Z', match: { rule: '*' } };
    expect(isActive(s, new Date('2026-11-30T23:59:59Z'))).toBe(true);
    expect(isActive(s, new Date('2026-12-01T00:00:00Z'))).toBe(false);
    expect(suppressionFor([s], finding({}), new Date('2026-12-02T00:00:00Z'))).toBeUndefined();
  });

  it('parses a file and names the line of each problem', () => {
    const ok = parseSuppressions(
      'version: 1\nsuppressions:\n  - id: logs\n    reason: r\n    owner: o\n    kind: risk-accepted\n    expires: 2027-01-31\n    match:\n      - rule: x\n      - tags: { env: dev }\n',
      'f.yaml',
    );
    expect(ok[0]).toMatchObject({
      id: 'logs',
      expires: '2027-01-31T00:00:00.000Z',
      match: [{ rule: 'x' }, { tags: { env: 'dev' } }],
    });
    const bad = (text: string) => {
      try {
        parseSuppressions(text, 'f.yaml');
      } catch (e) {
        expect(e).toBeInstanceOf(InputError);
        return (e as Error).message;
      }
      return 'no error';
    };
    expect(
      bad(
        'suppressions:\n  - id: a\n    reason: r\n    owner: o\n    kind: mitigated\n    match: { colour: red }\n',
      ),
    ).toMatch(/^f\.yaml: line 6: suppressions\.0\.match/);
    expect(
      bad(
        'suppressions:\n  - id: a\n    reason: r\n    owner: o\n    kind: mitigated\n    expires: soon\n    match: { rule: x }\n',
      ),
    ).toMatch(/line 6: suppressions\.0\.expires: "soon" is not an ISO/);
    expect(
      bad('suppressions:\n  - id: a\n    reason: r\n    owner: o\n    kind: mitigated\n    match: {}\n'),
    ).toMatch(/line 6/);
    expect(bad('suppressions: [\n')).toMatch(/^f\.yaml: line \d+:/);
    const twice =
      'suppressions:\n  - { id: a, reason: r, owner: o, kind: mitigated, match: { rule: x } }\n  - { id: a, reason: r, owner: o, kind: mitigated, match: { rule: y } }\n';
    expect(bad(twice)).toMatch(/line 3: suppressions\.1\.id: "a" is used twice/);
  });
});
