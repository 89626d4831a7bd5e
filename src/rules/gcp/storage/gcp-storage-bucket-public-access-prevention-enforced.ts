import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'gcp-storage-bucket-public-access-prevention-enforced',
  title: 'Cloud Storage buckets enforce public access prevention',
  description:
    'Public access prevention is the guard rail that stops a bucket or its objects from being made public by a ' +
    'later IAM or ACL change: with it enforced, grants to allUsers and allAuthenticatedUsers are refused. ' +
    'A bucket set to "inherited" is protected only while an organisation policy enforces the constraint.',
  severity: 'medium',
  category: 'storage',
  aspects: ['exposure'],
  assetTypes: ['gcp.storage.bucket'],
  messages: {
    notEnforced: 'Bucket {{name}} does not enforce public access prevention (setting: {{setting}})',
  },
  remediation: {
    text:
      'Enforce public access prevention on buckets that need not be public, or enforce the organisation policy ' +
      'constraint constraints/storage.publicAccessPrevention for the whole project or folder.',
    cli: 'gcloud storage buckets update gs://<bucket> --public-access-prevention',
    terraform:
      'resource "google_storage_bucket" "this" {\n  name                     = "<bucket>"\n  location                 = "US"\n  public_access_prevention = "enforced"\n}',
  },
  references: ['https://cloud.google.com/storage/docs/public-access-prevention'],
  check(bucket, ctx) {
    const setting = need(bucket.config, 'publicAccessPrevention');
    if (setting.toLowerCase() === 'enforced') return ctx.pass();
    return ctx.fail('notEnforced', { name: bucket.name, setting });
  },
});
