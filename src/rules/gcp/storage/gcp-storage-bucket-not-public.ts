import { isUnknown } from '../../../model/unknown.js';
import { bindingLabel, isPublicMember } from '../../../inventory/gcp/iam-policy.js';
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'gcp-storage-bucket-not-public',
  title: 'Cloud Storage buckets are not public',
  description:
    'A bucket IAM binding for allUsers or allAuthenticatedUsers lets anyone on the internet (or anyone with a ' +
    'Google account, which is the same thing) read or change its objects, with no record of who they are. ' +
    'Public buckets are a leading cause of data leaks; content meant for the public belongs behind a CDN or ' +
    'signed URLs instead.',
  severity: 'critical',
  category: 'storage',
  aspects: ['exposure'],
  assetTypes: ['gcp.storage.bucket'],
  messages: {
    public: 'Bucket {{name}} grants {{role}} to {{members}}',
  },
  remediation: {
    text:
      'Remove allUsers and allAuthenticatedUsers from the bucket IAM policy, grant access to named principals, ' +
      'and enforce public access prevention on the bucket (or through the organisation policy ' +
      'constraints/storage.publicAccessPrevention).',
    cli:
      'gcloud storage buckets remove-iam-policy-binding gs://<bucket> --member=allUsers --role=<role>\n' +
      'gcloud storage buckets update gs://<bucket> --public-access-prevention',
    terraform:
      'resource "google_storage_bucket" "this" {\n  name                        = "<bucket>"\n  location                    = "US"\n  uniform_bucket_level_access = true\n  public_access_prevention    = "enforced"\n}',
  },
  references: [
    'https://cloud.google.com/storage/docs/access-control/making-data-public',
    'https://cloud.google.com/storage/docs/public-access-prevention',
  ],
  check(bucket, ctx) {
    const bindings = need(bucket.config, 'iamBindings');
    const offending = bindings
      .map((b) => ({ binding: b, members: b.members.filter(isPublicMember) }))
      .filter((o) => o.members.length > 0);
    const first = offending[0];
    if (first === undefined) return ctx.pass();
    // Enforced public access prevention makes public bindings inert; anything else (including an
    // unknown setting, e.g. from an iam-policy-only export) leaves the grant standing.
    const pap = bucket.config.publicAccessPrevention;
    const evidence = {
      publicBindings: offending.map((o) => ({ role: bindingLabel(o.binding), members: o.members })),
    };
    if (!isUnknown(pap) && pap === 'enforced')
      return ctx.pass(
        { ...evidence, publicAccessPrevention: pap },
        'public bindings are blocked by public access prevention',
      );
    return ctx.fail(
      'public',
      { name: bucket.name, role: bindingLabel(first.binding), members: first.members.join(', ') },
      evidence,
    );
  },
});
