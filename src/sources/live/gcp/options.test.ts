import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../model/errors.js';
import { classifyGoogleError } from './errors.js';
import { parseGcpOptions } from './options.js';

describe('parseGcpOptions', () => {
  it('turns the scopes into Cloud Asset parents', () => {
    expect(
      parseGcpOptions({
        organization: '123456789012',
        folders: '11,folders/22',
        projects: 'acme-prod, acme-dev',
      }).parents,
    ).toEqual([
      'organizations/123456789012',
      'folders/11',
      'folders/22',
      'projects/acme-prod',
      'projects/acme-dev',
    ]);
  });

  it('names the flag and the expected shape of a bad value', () => {
    expect(() => parseGcpOptions({ organization: 'acme' })).toThrow(UsageError);
    expect(() => parseGcpOptions({ organization: 'acme' })).toThrow(
      /--organization: "acme" is not an organisation id/,
    );
    expect(() => parseGcpOptions({ projects: 'Bad_Project' })).toThrow(/--projects: "Bad_Project"/);
    expect(() => parseGcpOptions({})).toThrow(/needs a scope/);
    expect(() => parseGcpOptions({ projects: 'acme-prod', gcpConcurrency: '0' })).toThrow(
      /--gcp-concurrency/,
    );
  });
});

describe('classifyGoogleError', () => {
  it('reads gRPC codes, HTTP statuses and REST JSON error bodies', () => {
    expect(classifyGoogleError({ code: 8, message: 'quota' }).kind).toBe('quota');
    expect(classifyGoogleError({ code: 7, message: 'no' }).kind).toBe('denied');
    const rest = classifyGoogleError({
      code: 403,
      message: JSON.stringify({
        error: { code: 403, status: 'PERMISSION_DENIED', message: 'Cloud Asset API has not been used' },
      }),
    });
    expect(rest).toEqual({
      kind: 'denied',
      status: 'PERMISSION_DENIED',
      message: 'Cloud Asset API has not been used',
    });
    expect(classifyGoogleError({ status: 429, message: 'x' }).kind).toBe('quota');
    expect(classifyGoogleError(new Error('boom')).kind).toBe('other');
  });
});
