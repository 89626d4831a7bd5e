import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'gcp-storage-bucket-uniform-access-enabled',
  title: 'Cloud Storage buckets use uniform bucket-level access',
  description:
    'Without uniform bucket-level access, every object can carry its own ACL, so access cannot be judged from ' +
    'the bucket IAM policy alone and a single object can be made public unnoticed. Uniform access makes IAM ' +
    'the only access control, which is auditable and can be constrained by organisation policy.',
  severity: 'medium',
  category: 'storage',
  aspects: ['exposure'],
  assetTypes: ['gcp.storage.bucket'],
  messages: {
    off: 'Bucket {{name}} does not use uniform bucket-level access (object ACLs apply)',
  },
  remediation: {
    text:
      'Turn on uniform bucket-level access after moving any access granted through ACLs into IAM bindings; ' +
      'enforce it for new buckets with the organisation policy constraints/storage.uniformBucketLevelAccess.',
    cli: 'gcloud storage buckets update gs://<bucket> --uniform-bucket-level-access',
    terraform:
      'resource "google_storage_bucket" "this" {\n  name                        = "<bucket>"\n  location                    = "US"\n  uniform_bucket_level_access = true\n}',
  },
  references: ['https://cloud.google.com/storage/docs/uniform-bucket-level-access'],
  check(bucket, ctx) {
    if (need(bucket.config, 'uniformBucketLevelAccess')) return ctx.pass();
    return ctx.fail('off', { name: bucket.name });
  },
});
