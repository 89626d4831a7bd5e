/**
 * Resource-policy logic, with property-based tests (fast-check): when a statement is public, how
 * conditions narrow it, and how actions, wildcards and NotAction are matched.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  hasNarrowingCondition,
  publicActionStatements,
  publicStatements,
  statementAllowsAction,
  wildcardMatch,
  type PolicyDocument,
  type PolicyStatement,
} from './policy.js';

const service = fc.constantFrom('s3', 'kms', 'sqs', 'sns', 'ec2', 'iam');
const verb = fc.constantFrom('Get', 'Put', 'Delete', 'List', 'Describe', 'Create');
const noun = fc.constantFrom('Object', 'Bucket', 'Key', 'Queue', 'Policy', 'Acl');
const action = fc.tuple(service, verb, noun).map(([s, v, n]) => `${s}:${v}${n}`);
const publicPrincipal = fc.constantFrom<PolicyStatement['Principal']>('*', { AWS: '*' }, { AWS: ['*'] });
const account = fc.stringMatching(/^\d{12}$/);

/** Conditions that restrict callers to a known source. */
const narrowing = fc.oneof(
  account.map((a) => ({ StringEquals: { 'aws:SourceAccount': a } })),
  fc.stringMatching(/^o-[a-z0-9]{10}$/).map((o) => ({ StringEquals: { 'aws:PrincipalOrgID': o } })),
  fc.stringMatching(/^vpce-[0-9a-f]{8}$/).map((v) => ({ StringEquals: { 'aws:SourceVpce': v } })),
  fc.stringMatching(/^vpc-[0-9a-f]{8}$/).map((v) => ({ StringEquals: { 'aws:SourceVpc': v } })),
  account.map((a) => ({ ArnLike: { 'aws:SourceArn': `arn:aws:cloudtrail:*:${a}:trail/*` } })),
  fc
    .tuple(fc.integer({ min: 1, max: 223 }), fc.integer({ min: 8, max: 32 }))
    .map(([o, bits]) => ({ IpAddress: { 'aws:SourceIp': `${o}.0.0.0/${bits}` } })),
);

/** Conditions that look restrictive but admit everyone (or everyone but a few). */
const notNarrowing = fc.oneof(
  fc.constant({ IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } }),
  fc.constant({ IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '::/0'] } }),
  fc.integer({ min: 0, max: 7 }).map((bits) => ({ IpAddress: { 'aws:SourceIp': `0.0.0.0/${bits}` } })),
  account.map((a) => ({ StringNotEquals: { 'aws:SourceAccount': a } })),
  fc.constant({ NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }),
  account.map((a) => ({ StringEqualsIfExists: { 'aws:SourceAccount': a } })),
  fc.constant({ StringLike: { 'aws:SourceVpce': '*' } }),
  fc.constant({ Null: { 'aws:SourceVpc': 'false' } }),
  fc.constant({ Bool: { 'aws:SecureTransport': 'true' } }),
);

const allow = (over: Partial<PolicyStatement>): PolicyStatement => ({ Effect: 'Allow', ...over });
const doc = (...Statement: PolicyStatement[]): PolicyDocument => ({ Version: '2012-10-17', Statement });

describe('public statements', () => {
  it('an Allow to "*" with no narrowing condition is public, whatever else it conditions on', () => {
    fc.assert(
      fc.property(
        publicPrincipal,
        action,
        fc.option(notNarrowing, { nil: undefined }),
        (Principal, a, Condition) => {
          const s = allow({ Principal, Action: a, Resource: '*', ...(Condition ? { Condition } : {}) });
          expect(publicStatements(doc(s))).toEqual([s]);
        },
      ),
    );
  });

  it('a narrowing condition makes it not public, alone or next to other conditions', () => {
    fc.assert(
      fc.property(publicPrincipal, action, narrowing, notNarrowing, (Principal, a, narrow, other) => {
        const Condition = { ...other, ...narrow };
        const s = allow({ Principal, Action: a, Resource: '*', Condition });
        expect(hasNarrowingCondition(s)).toBe(true);
        expect(publicStatements(doc(s))).toEqual([]);
      }),
    );
  });

  it('Deny statements and named principals are never public', () => {
    fc.assert(
      fc.property(publicPrincipal, account, action, (Principal, acct, a) => {
        expect(publicStatements(doc({ Effect: 'Deny', Principal, Action: a, Resource: '*' }))).toEqual([]);
        expect(
          publicStatements(doc(allow({ Principal: { AWS: `arn:aws:iam::${acct}:root` }, Action: a }))),
        ).toEqual([]);
      }),
    );
  });

  it('an Allow with NotPrincipal applies to everyone else, so it is public', () => {
    const s = allow({ NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 's3:GetObject' });
    expect(publicStatements(doc(s))).toEqual([s]);
  });
});

describe('actions', () => {
  it('a service wildcard or "*" allows every action of the service; NotAction allows the complement', () => {
    fc.assert(
      fc.property(action, (a) => {
        const svc = a.split(':')[0]!;
        expect(statementAllowsAction(allow({ Action: `${svc}:*` }), a)).toBe(true);
        expect(statementAllowsAction(allow({ Action: '*' }), a)).toBe(true);
        expect(statementAllowsAction(allow({ Action: a.toUpperCase() }), a)).toBe(true);
        expect(statementAllowsAction(allow({ NotAction: `${svc}:*` }), a)).toBe(false);
        expect(statementAllowsAction(allow({ NotAction: 'other:*' }), a)).toBe(true);
        expect(statementAllowsAction({ Effect: 'Deny', Action: '*' }, a)).toBe(false);
      }),
    );
  });

  it('prefix wildcards match what they prefix and nothing else', () => {
    fc.assert(
      fc.property(service, verb, noun, noun, (s, v, n, m) => {
        expect(wildcardMatch(`${s}:${v}*`, `${s}:${v}${n}`)).toBe(true);
        expect(wildcardMatch(`${s}:${v}${n}`, `${s}:${v}${m}`)).toBe(n === m);
        expect(wildcardMatch(`${s}:?${v.slice(1)}${n}`, `${s}:${v}${n}`)).toBe(true);
      }),
    );
  });

  it('publicActionStatements finds a public write through wildcards and NotAction', () => {
    const writes = ['s3:PutObject', 's3:DeleteObject'];
    expect(publicActionStatements(doc(allow({ Principal: '*', Action: 's3:*' })), writes)).toHaveLength(1);
    expect(publicActionStatements(doc(allow({ Principal: '*', Action: 's3:Put*' })), writes)).toHaveLength(1);
    expect(publicActionStatements(doc(allow({ Principal: '*', NotAction: 's3:Get*' })), writes)).toHaveLength(
      1,
    );
    expect(publicActionStatements(doc(allow({ Principal: '*', Action: 's3:GetObject' })), writes)).toEqual(
      [],
    );
    expect(publicActionStatements(doc(allow({ Principal: '*', NotAction: 's3:*' })), writes)).toEqual([]);
  });
});
