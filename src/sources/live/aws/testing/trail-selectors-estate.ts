/**
 * Test support: GetEventSelectors answers for the estate's trail `main` (eu-west-1, multi-region,
 * logging), in both shapes CloudTrail returns: advanced selectors (all buckets but one for writes,
 * one bucket for reads) and basic selectors (bucket-specific values, one covering only a prefix).
 * Put them before `estateRecordings()`: the first matching recording answers.
 */
import { ACCOUNT, REGION } from './estate.js';
import type { Recording } from './replay-server.js';

const TRAIL_ARN = `arn:aws:cloudtrail:${REGION}:${ACCOUNT}:trail/main`;
const S3_DATA = [
  { Field: 'eventCategory', Equals: ['Data'] },
  { Field: 'resources.type', Equals: ['AWS::S3::Object'] },
];

/** Advanced selectors: management events; writes of every bucket but nw-public-assets; reads of nw-logs. */
export function advancedSelectorRecordings(): Recording[] {
  return [
    {
      service: 'cloudtrail',
      operation: 'GetEventSelectors',
      region: REGION,
      output: {
        TrailARN: TRAIL_ARN,
        AdvancedEventSelectors: [
          { Name: 'Management events', FieldSelectors: [{ Field: 'eventCategory', Equals: ['Management'] }] },
          {
            Name: 'S3 writes but public assets',
            FieldSelectors: [
              ...S3_DATA,
              { Field: 'readOnly', Equals: ['false'] },
              { Field: 'resources.ARN', NotStartsWith: ['arn:aws:s3:::nw-public-assets/'] },
            ],
          },
          {
            Name: 'Log bucket reads',
            FieldSelectors: [
              ...S3_DATA,
              { Field: 'readOnly', Equals: ['true'] },
              { Field: 'resources.ARN', StartsWith: ['arn:aws:s3:::nw-logs/'] },
            ],
          },
        ],
      },
    },
  ];
}

/** Basic selectors: reads and writes of nw-public-assets; writes under one prefix of nw-logs. */
export function basicSelectorRecordings(): Recording[] {
  return [
    {
      service: 'cloudtrail',
      operation: 'GetEventSelectors',
      region: REGION,
      output: {
        TrailARN: TRAIL_ARN,
        EventSelectors: [
          {
            ReadWriteType: 'All',
            IncludeManagementEvents: true,
            DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3:::nw-public-assets/'] }],
          },
          {
            ReadWriteType: 'WriteOnly',
            IncludeManagementEvents: false,
            DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3:::nw-logs/AWSLogs/'] }],
          },
        ],
      },
    },
  ];
}
