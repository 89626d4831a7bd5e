import { describe, expect, it } from 'vitest';
import { managementEventsOf, s3ObjectCoverage, s3ObjectEventsOf } from './trail-selectors.js';

const DATA_S3 = [
  { Field: 'eventCategory', Equals: ['Data'] },
  { Field: 'resources.type', Equals: ['AWS::S3::Object'] },
];

describe('s3ObjectEventsOf', () => {
  it('reads basic selectors: all buckets, one bucket, and ignores Lambda data resources', () => {
    const sels = s3ObjectEventsOf({
      EventSelectors: [
        {
          ReadWriteType: 'WriteOnly',
          IncludeManagementEvents: true,
          DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3'] }],
        },
        {
          ReadWriteType: 'All',
          DataResources: [
            { Type: 'AWS::Lambda::Function', Values: ['arn:aws:lambda'] },
            { Type: 'AWS::S3::Object', Values: ['arn:aws:s3:::data/'] },
          ],
        },
        { ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [] },
      ],
    });
    expect(sels.map((s) => [s.name, s.events, s.arnPrefixes])).toEqual([
      ['selector 1', 'write-only', ['arn:aws:s3']],
      ['selector 2', 'all', ['arn:aws:s3:::data/']],
    ]);
  });

  it('reads advanced selectors: readOnly, ARN prefixes and exclusions, narrowing conditions', () => {
    const sels = s3ObjectEventsOf({
      AdvancedEventSelectors: [
        { Name: 'Management', FieldSelectors: [{ Field: 'eventCategory', Equals: ['Management'] }] },
        {
          Name: 'reads',
          FieldSelectors: [
            ...DATA_S3,
            { Field: 'readOnly', Equals: ['true'] },
            { Field: 'resources.ARN', StartsWith: ['arn:aws:s3:::data/', 'arn:aws:s3:::logs/'] },
          ],
        },
        {
          Name: 'writes',
          FieldSelectors: [
            ...DATA_S3,
            { Field: 'readOnly', Equals: ['false'] },
            { Field: 'resources.ARN', NotStartsWith: ['arn:aws:s3:::scratch/'] },
            { Field: 'userIdentity.arn', NotStartsWith: ['arn:aws:sts::111122223333:assumed-role/etl'] },
          ],
        },
        {
          Name: 'puts',
          FieldSelectors: [...DATA_S3, { Field: 'eventName', Equals: ['PutObject'] }],
        },
        {
          Name: 'lambda',
          FieldSelectors: [
            { Field: 'eventCategory', Equals: ['Data'] },
            { Field: 'resources.type', Equals: ['AWS::Lambda::Function'] },
          ],
        },
      ],
    });
    expect(sels).toEqual([
      {
        name: 'reads',
        events: 'read-only',
        arnPrefixes: ['arn:aws:s3:::data/', 'arn:aws:s3:::logs/'],
        excludedArns: [],
        narrowedBy: [],
        excludedCallers: [],
      },
      {
        name: 'writes',
        events: 'write-only',
        arnPrefixes: null,
        excludedArns: ['arn:aws:s3:::scratch/'],
        narrowedBy: [],
        excludedCallers: ['userIdentity.arn NotStartsWith arn:aws:sts::111122223333:assumed-role/etl'],
      },
      {
        name: 'puts',
        events: 'all',
        arnPrefixes: null,
        excludedArns: [],
        narrowedBy: ['eventName Equals PutObject'],
        excludedCallers: [],
      },
    ]);
  });

  it('finds no S3 object selector on a trail with management events only', () => {
    expect(s3ObjectEventsOf({ EventSelectors: [{ ReadWriteType: 'All', DataResources: [] }] })).toEqual([]);
    expect(s3ObjectEventsOf({})).toEqual([]);
  });
});

describe('s3ObjectCoverage', () => {
  const sels = s3ObjectEventsOf({
    AdvancedEventSelectors: [
      {
        Name: 'writes',
        FieldSelectors: [
          ...DATA_S3,
          { Field: 'readOnly', Equals: ['false'] },
          { Field: 'resources.ARN', NotStartsWith: ['arn:aws:s3:::scratch/', 'arn:aws:s3:::data/tmp/'] },
        ],
      },
      {
        Name: 'reads',
        FieldSelectors: [
          ...DATA_S3,
          { Field: 'readOnly', Equals: ['true'] },
          { Field: 'resources.ARN', StartsWith: ['arn:aws:s3:::data/', 'arn:aws:s3:::logs/2026/'] },
        ],
      },
    ],
  });
  it('tells full, partial and no coverage per bucket and kind', () => {
    expect(s3ObjectCoverage(sels, 'arn:aws:s3:::orders', 'write')).toEqual({
      status: 'full',
      selector: 'writes',
    });
    expect(s3ObjectCoverage(sels, 'arn:aws:s3:::scratch', 'write')).toEqual({ status: 'none' });
    expect(s3ObjectCoverage(sels, 'arn:aws:s3:::data', 'write')).toEqual({
      status: 'partial',
      why: 'writes logs only part: not arn:aws:s3:::data/tmp/',
    });
    expect(s3ObjectCoverage(sels, 'arn:aws:s3:::data', 'read')).toEqual({
      status: 'full',
      selector: 'reads',
    });
    expect(s3ObjectCoverage(sels, 'arn:aws:s3:::logs', 'read')).toEqual({
      status: 'partial',
      why: 'reads logs only part: objects under arn:aws:s3:::logs/2026/',
    });
    // `data/` does not cover `data-archive`.
    expect(s3ObjectCoverage(sels, 'arn:aws:s3:::data-archive', 'read')).toEqual({ status: 'none' });
  });
  it('reads `arn:aws:s3` and `arn:aws:s3:::` as every bucket', () => {
    for (const v of ['arn:aws:s3', 'arn:aws:s3:::'])
      expect(
        s3ObjectCoverage(
          s3ObjectEventsOf({
            EventSelectors: [{ DataResources: [{ Type: 'AWS::S3::Object', Values: [v] }] }],
          }),
          'arn:aws:s3:::any',
          'read',
        ).status,
      ).toBe('full');
  });
});

describe('managementEventsOf', () => {
  it('reads basic and advanced management selectors', () => {
    expect(managementEventsOf({ EventSelectors: [{ ReadWriteType: 'WriteOnly' }] })).toBe('write-only');
    expect(
      managementEventsOf({ EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: false }] }),
    ).toBe('none');
    expect(
      managementEventsOf({
        AdvancedEventSelectors: [{ FieldSelectors: [{ Field: 'eventCategory', Equals: ['Management'] }] }],
      }),
    ).toBe('all');
    expect(managementEventsOf({ AdvancedEventSelectors: [{ FieldSelectors: DATA_S3 }] })).toBe('none');
  });
});
