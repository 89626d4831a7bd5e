/** Parsing `parapet scan --aws` options: defaults, lists, and errors that name the flag. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_ROLE_NAME, parseAwsOptions } from './options.js';
import { failureOf } from './runtime.js';
import { configShape, tagMap } from './shape.js';

describe('parseAwsOptions', () => {
  it('defaults to one account, every region, 30 s timeouts', () => {
    expect(parseAwsOptions({})).toEqual({
      org: false,
      roleName: DEFAULT_ROLE_NAME,
      timeoutMs: 30000,
      accountConcurrency: 4,
      maxAttempts: 5,
    });
  });

  it('reads lists given once with commas or repeated', () => {
    const o = parseAwsOptions({
      regions: 'eu-west-1, us-east-1,eu-west-1',
      org: true,
      accounts: '111122223333,444455556666',
      excludeAccounts: '444455556666',
      externalId: 'x',
      awsTimeout: '2.5',
      profile: 'audit',
    });
    expect(o.regions).toEqual(['eu-west-1', 'us-east-1']);
    expect(o.accounts).toEqual(['111122223333', '444455556666']);
    expect(o.excludeAccounts).toEqual(['444455556666']);
    expect(o.timeoutMs).toBe(2500);
    expect(o.profile).toBe('audit');
  });

  it.each([
    [{ regions: 'eu-west' }, /--regions: "eu-west" is not an AWS region name/],
    [{ org: true, accounts: '12345' }, /--accounts: "12345" is not a 12-digit AWS account id/],
    [{ excludeAccounts: '111122223333' }, /need --org/],
    [{ awsTimeout: '0' }, /--aws-timeout: "0" is not a positive number/],
    [{ awsEndpointUrl: 'ftp://x' }, /--aws-endpoint-url: "ftp:\/\/x" is not an http\(s\) URL/],
    [{ roleName: 'bad role' }, /--role-name/],
  ])('rejects %j', (raw, message) => {
    expect(() => parseAwsOptions(raw as Record<string, unknown>)).toThrow(message);
  });
});

describe('failureOf', () => {
  const err = (name: string, status?: number, message = 'm') =>
    Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status } });
  it.each([
    [err('AccessDenied', 403), 'denied'],
    [err('UnauthorizedOperation', 403), 'denied'],
    [err('ThrottlingException', 400), 'throttled'],
    [err('TooManyRequestsException', 429), 'throttled'],
    [err('TimeoutError', undefined, 'socket timed out'), 'timeout'],
    [err('NoSuchBucketPolicy', 404), 'not-found'],
    [err('InternalFailure', 500), 'error'],
    ['a string', 'error'],
  ])('%s → %s', (e, kind) => expect(failureOf(e).kind).toBe(kind));
});

describe('configShape', () => {
  it('spells SDK members as AWS Config does, with ISO times and no undefined members', () => {
    expect(
      configShape({
        DBInstanceIdentifier: 'db',
        IAMDatabaseAuthenticationEnabled: true,
        Endpoint: { Port: 5432, Address: undefined },
        Created: new Date('2026-01-01T00:00:00Z'),
        List: [{ GroupId: 'sg-1' }],
      }),
    ).toEqual({
      dBInstanceIdentifier: 'db',
      iAMDatabaseAuthenticationEnabled: true,
      endpoint: { port: 5432 },
      created: '2026-01-01T00:00:00.000Z',
      list: [{ groupId: 'sg-1' }],
    });
  });

  it('reads tags in both SDK spellings', () => {
    expect(
      tagMap([
        { Key: 'a', Value: '1' },
        { TagKey: 'b', TagValue: '2' },
      ]),
    ).toEqual({ a: '1', b: '2' });
  });
});
