import { describe, expect, it } from 'vitest';
import { contextFromTags } from './context.js';

describe('contextFromTags', () => {
  it('normalises environment and classification values and ignores key case and separators', () => {
    expect(contextFromTags({ ENV: 'Prod', Data_Classification: 'PII', team: 'payments' })).toEqual({
      environment: 'production',
      dataClassification: 'confidential',
      owner: 'payments',
    });
  });

  it('keeps unrecognised values as given (lower case) rather than guessing', () => {
    expect(contextFromTags({ environment: 'Perf-Lab' })).toEqual({ environment: 'perf-lab' });
  });

  it('uses configured keys only', () => {
    expect(
      contextFromTags(
        { env: 'prod', 'cost-center': 'x' },
        { owner: ['cost-center'], environment: ['stage'], dataClassification: [] },
      ),
    ).toEqual({
      owner: 'x',
    });
  });
});

describe('contextFromTags with hostile values', () => {
  it('treats prototype names as plain text', () => {
    expect(contextFromTags({ env: 'constructor', classification: '__proto__' })).toEqual({
      environment: 'constructor',
      dataClassification: '__proto__',
    });
  });
});
