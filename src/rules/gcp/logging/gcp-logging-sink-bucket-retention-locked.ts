import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'gcp-logging-sink-bucket-retention-locked',
  title: 'Cloud Storage buckets receiving exported logs have a locked retention policy',
  description:
    'Exported logs are the evidence of an incident. A locked retention policy on the destination bucket stops ' +
    "anyone — including an attacker with the owner's credentials — from deleting or overwriting them before " +
    'the retention period ends.',
  severity: 'medium',
  category: 'logging',
  aspects: ['logging', 'resilience'],
  assetTypes: ['gcp.logging.sink'],
  requires: ['gcp.storage.bucket'],
  messages: {
    none: 'Sink {{name}} exports to bucket {{bucket}}, which has no retention policy',
    unlocked: 'Sink {{name}} exports to bucket {{bucket}}, whose retention policy is not locked',
  },
  remediation: {
    text: 'Set a retention policy on the destination bucket and lock it (locking cannot be undone).',
    cli: 'gcloud storage buckets update gs://<bucket> --retention-period=365d && gcloud storage buckets update gs://<bucket> --lock-retention-period',
  },
  references: ['https://cloud.google.com/storage/docs/bucket-lock'],
  check(sink, ctx) {
    const destination = need(sink.config, 'destination');
    const m = /^storage\.googleapis\.com\/([^/]+)$/.exec(destination);
    if (m?.[1] === undefined) return ctx.notApplicable('the sink does not export to Cloud Storage');
    const uid = `//storage.googleapis.com/${m[1]}`;
    const bucket = ctx.assets('gcp.storage.bucket').find((b) => b.uid === uid);
    if (bucket === undefined)
      return ctx.unknown(
        'destination bucket',
        `bucket ${m[1]} is not in the sources (it may be in a project that was not scanned)`,
      );
    const retention = need(bucket.config, 'retentionPolicy');
    if (retention === null) return ctx.fail('none', { name: sink.name, bucket: m[1] }, { bucket: uid });
    if (!retention.isLocked)
      return ctx.fail('unlocked', { name: sink.name, bucket: m[1] }, { bucket: uid, retention });
    return ctx.pass({ bucket: uid, retention });
  },
});
