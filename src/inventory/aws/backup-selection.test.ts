import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BackupSelectionCriteria } from './backup.js';
import { plansSelecting, selectionSelects, wildcardMatch } from './backup-selection.js';

const none: BackupSelectionCriteria = {
  resources: [],
  notResources: [],
  listOfTags: [],
  conditions: { stringEquals: [], stringNotEquals: [], stringLike: [], stringNotLike: [] },
};
const ARN = 'arn:aws:ec2:eu-west-1:111122223333:volume/vol-1';

describe('wildcardMatch', () => {
  it('matches AWS Backup patterns', () => {
    expect(wildcardMatch('arn:aws:ec2:*:*:volume/*', ARN)).toBe(true);
    expect(wildcardMatch('*', ARN)).toBe(true);
    expect(wildcardMatch('arn:aws:rds:*:*:db:*', ARN)).toBe(false);
    expect(wildcardMatch(ARN, ARN)).toBe(true);
    expect(wildcardMatch('prod*', 'Production')).toBe(false); // case-sensitive
    expect(wildcardMatch('*rod*', 'production')).toBe(true);
    expect(wildcardMatch('a*a', 'a')).toBe(false); // the two ends may not overlap
  });

  it('agrees with a regular expression built from the pattern', () => {
    const alphabet = fc.constantFrom('a', 'b', ':', '/', '*');
    fc.assert(
      fc.property(
        fc.string({ unit: alphabet, maxLength: 8 }),
        fc.string({ unit: alphabet, maxLength: 10 }),
        (p, v) => {
          const value = v.replaceAll('*', 'x');
          const re = new RegExp(
            `^${p
              .split('*')
              .map((s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
              .join('.*')}$`,
            's',
          );
          expect(wildcardMatch(p, value)).toBe(re.test(value));
        },
      ),
    );
  });
});

describe('selectionSelects', () => {
  it('selects everything when it names neither resources nor tags', () => {
    expect(selectionSelects(none, ARN, {})).toBe(true);
  });
  it('combines Resources and ListOfTags with OR, Conditions with AND, NotResources last', () => {
    const c = { ...none, resources: ['arn:aws:rds:*:*:db:*'], listOfTags: [{ key: 'backup', value: 'yes' }] };
    expect(selectionSelects(c, ARN, { backup: 'yes' })).toBe(true);
    expect(selectionSelects(c, ARN, {})).toBe(false);
    const cond = {
      ...none,
      resources: ['*'],
      conditions: {
        ...none.conditions,
        stringEquals: [{ key: 'a', value: '1' }],
        stringNotEquals: [{ key: 'b', value: '2' }],
      },
    };
    expect(selectionSelects(cond, ARN, { a: '1' })).toBe(true);
    expect(selectionSelects(cond, ARN, { a: '1', b: '2' })).toBe(false);
    expect(selectionSelects({ ...cond, notResources: [ARN] }, ARN, { a: '1' })).toBe(false);
  });
  it('is undecided only when the answer depends on unknown tags', () => {
    const byTag = { ...none, listOfTags: [{ key: 'backup', value: 'yes' }] };
    expect(selectionSelects(byTag, ARN, undefined)).toBeUndefined();
    expect(selectionSelects({ ...byTag, resources: [ARN] }, ARN, undefined)).toBe(true);
    expect(selectionSelects({ ...byTag, notResources: ['*'] }, ARN, undefined)).toBe(false);
  });
});

describe('plansSelecting', () => {
  it('names each selecting plan once, and the selections it cannot decide', () => {
    const out = plansSelecting(ARN, undefined, 'denied', [
      { planId: 'p2', name: 's1', criteria: { ...none, resources: ['*'] } },
      { planId: 'p1', name: 's2', criteria: { ...none, resources: [ARN] } },
      { planId: 'p1', name: 's3', criteria: none },
      { planId: 'p3', name: 's4', criteria: { ...none, listOfTags: [{ key: 'k', value: 'v' }] } },
      { planId: 'p4', name: 's5', criteria: { reason: 'not recorded' } },
    ]);
    expect(out.plans).toEqual(['p1', 'p2']);
    expect(out.undecided.map((u) => u.name)).toEqual(['s4', 's5']);
  });
});
