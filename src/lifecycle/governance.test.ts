import { describe, expect, it } from 'vitest';
import {
  DEFAULT_GOVERNANCE,
  dueAt,
  governanceSummary,
  isOverdue,
  ownerOf,
  type GovernanceConfig,
} from './governance.js';

const cfg: GovernanceConfig = {
  ...DEFAULT_GOVERNANCE,
  accountOwners: { '111122223333': 'platform' },
  fallbackOwner: 'secops',
};
const res = (account: string, owner?: string) => ({
  provider: 'aws' as const,
  account,
  context: owner === undefined ? {} : { owner },
});

describe('ownerOf', () => {
  it('searches resource tag → parent → account default → fallback', () => {
    const scopes = { 'aws:444455556666': { owner: 'payments', via: 'aws.account 444455556666' } };
    expect(ownerOf(res('111122223333', 'team-a'), scopes, cfg)).toMatchObject({
      owner: 'team-a',
      source: 'resource',
    });
    expect(ownerOf(res('444455556666'), scopes, cfg)).toMatchObject({ owner: 'payments', source: 'parent' });
    expect(ownerOf(res('111122223333'), scopes, cfg)).toMatchObject({ owner: 'platform', source: 'account' });
    expect(ownerOf(res('999999999999'), scopes, cfg)).toMatchObject({ owner: 'secops', source: 'fallback' });
    expect(ownerOf(res('999999999999'), {}, DEFAULT_GOVERNANCE)).toBeUndefined();
  });

  it('does not read inherited object keys as accounts', () => {
    expect(ownerOf(res('constructor'), {}, DEFAULT_GOVERNANCE)).toBeUndefined();
  });
});

describe('dueAt and isOverdue', () => {
  it('adds the severity SLA and the grace to first seen', () => {
    expect(dueAt('critical', '2026-11-01T00:00:00.000Z', DEFAULT_GOVERNANCE)).toBe(
      '2026-11-03T00:00:00.000Z',
    );
    expect(dueAt('high', '2026-11-01T00:00:00.000Z', { ...DEFAULT_GOVERNANCE, graceHours: 24 })).toBe(
      '2026-11-09T00:00:00.000Z',
    );
    expect(dueAt('low', '2026-11-01T00:00:00.000Z', DEFAULT_GOVERNANCE)).toBe('2027-01-30T00:00:00.000Z');
    expect(dueAt('info', '2026-11-01T00:00:00.000Z', DEFAULT_GOVERNANCE)).toBeUndefined();
  });

  it('is overdue only while open and past due', () => {
    const now = new Date('2026-11-10T00:00:00Z');
    expect(isOverdue({ dueAt: '2026-11-03T00:00:00.000Z', state: 'open' }, now)).toBe(true);
    expect(isOverdue({ dueAt: '2026-11-03T00:00:00.000Z', state: 'reopened' }, now)).toBe(true);
    expect(isOverdue({ dueAt: '2026-11-03T00:00:00.000Z', state: 'resolved' }, now)).toBe(false);
    expect(isOverdue({ dueAt: '2026-11-30T00:00:00.000Z', state: 'open' }, now)).toBe(false);
    expect(isOverdue({ state: 'open' }, now)).toBe(false);
  });
});

describe('governanceSummary', () => {
  it('counts open findings per owner as on time, overdue or without SLA, unassigned under null', () => {
    const now = new Date('2026-11-10T00:00:00Z');
    const f = (owner: string | undefined, due: string | undefined, state = 'open', score = 50) => ({
      ...(owner === undefined ? {} : { owner }),
      ...(due === undefined ? {} : { dueAt: due }),
      state,
      risk: { score },
    });
    const s = governanceSummary(
      [
        f('a', '2026-11-01T00:00:00Z', 'open', 90),
        f('a', '2026-12-01T00:00:00Z'),
        f('a', '2026-11-01T00:00:00Z', 'resolved'),
        f('b', undefined),
        f(undefined, '2026-11-01T00:00:00Z'),
      ],
      now,
    );
    expect(s.owners).toEqual([
      { owner: 'a', open: 2, onTime: 1, overdue: 1, noSla: 0, maxRisk: 90 },
      { owner: null, open: 1, onTime: 0, overdue: 1, noSla: 0, maxRisk: 50 },
      { owner: 'b', open: 1, onTime: 0, overdue: 0, noSla: 1, maxRisk: 50 },
    ]);
    expect(s.totals).toMatchObject({ open: 4, overdue: 2, unassigned: 1 });
  });
});
