import { defineRule } from '../../api.js';
import { comboEvidence, failedComponents, isSensitive } from '../../combination.js';

export const rule = defineRule({
  id: 'gcp-combo-public-confidential-bucket',
  title: 'No Cloud Storage bucket labelled confidential or restricted is public',
  description:
    'A toxic combination: a bucket with an IAM binding for allUsers or allAuthenticatedUsers whose ' +
    'data-classification label says it holds confidential or restricted data.',
  severity: 'critical',
  category: 'storage',
  aspects: ['exposure'],
  assetTypes: ['gcp.storage.bucket'],
  combination: {
    components: ['gcp-storage-bucket-not-public', 'gcp-storage-bucket-public-access-prevention-enforced'],
  },
  messages: { toxic: 'Bucket {{name}} is labelled {{classification}} and public: {{path}}' },
  remediation: {
    text: 'Remove the allUsers/allAuthenticatedUsers bindings and enforce public access prevention.',
    cli: 'gcloud storage buckets update gs://<bucket> --public-access-prevention',
  },
  check(bucket, ctx) {
    const f = ctx.facts(bucket);
    if (f.exposure?.kind !== 'public-access' || !isSensitive(f)) return ctx.pass();
    const components = failedComponents(ctx, [
      ['gcp-storage-bucket-not-public', bucket.uid],
      ['gcp-storage-bucket-public-access-prevention-enforced', bucket.uid],
    ]);
    return ctx.fail(
      'toxic',
      { name: bucket.name, classification: f.data?.classification ?? 'sensitive', path: f.exposure.text },
      comboEvidence(components, f),
    );
  },
});
