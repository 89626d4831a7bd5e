import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { exportAllSink, secureBucket } from '../testing/fixtures.js';
import { rule } from './gcp-logging-sink-bucket-retention-locked.js';

const sink = (destination: string) =>
  assetOf('gcp.logging.sink', { ...exportAllSink, destination }, { name: 'all', region: 'global' });
const bucket = (retentionPolicy: typeof secureBucket.retentionPolicy) =>
  assetOf(
    'gcp.storage.bucket',
    { ...secureBucket, retentionPolicy },
    { name: 'acme-audit-archive', uid: '//storage.googleapis.com/acme-audit-archive' },
  );
const TO_BUCKET = 'storage.googleapis.com/acme-audit-archive';

runRuleTests(rule, {
  valid: [
    { asset: sink(TO_BUCKET), related: [bucket({ retentionPeriodSeconds: 31536000, isLocked: true })] },
  ],
  invalid: [
    {
      asset: sink(TO_BUCKET),
      related: [bucket(null)],
      messageId: 'none',
      message: 'Sink all exports to bucket acme-audit-archive, which has no retention policy',
    },
    {
      asset: sink(TO_BUCKET),
      related: [bucket({ retentionPeriodSeconds: 31536000, isLocked: false })],
      messageId: 'unlocked',
      message: 'Sink all exports to bucket acme-audit-archive, whose retention policy is not locked',
    },
  ],
  unknown: [
    { name: 'bucket not in the sources', asset: sink(TO_BUCKET) },
    {
      name: 'bucket retention unknown',
      asset: sink(TO_BUCKET),
      related: [bucket(unknown('no data'))],
      field: 'retentionPolicy',
    },
  ],
  notApplicable: [
    { name: 'BigQuery destination', asset: sink('bigquery.googleapis.com/projects/p/datasets/logs') },
  ],
});
