import { defineRule } from '../../api.js';
import { comboEvidence, failedComponents, isSensitive } from '../../combination.js';

export const rule = defineRule({
  id: 'aws-combo-public-confidential-bucket',
  title: 'No S3 bucket tagged confidential or restricted is public',
  description:
    'A toxic combination: a bucket whose ACL or policy grants access to anyone (not neutralised by Block Public ' +
    'Access) and whose data-classification tag says it holds confidential or restricted data. Public buckets are ' +
    'sometimes intended (static websites); a public bucket its owners call confidential never is.',
  severity: 'critical',
  category: 'storage',
  aspects: ['exposure'],
  assetTypes: ['aws.s3.bucket'],
  combination: { components: ['aws-s3-bucket-not-public', 'aws-s3-bucket-public-access-blocked'] },
  messages: {
    toxic: 'Bucket {{name}} is tagged {{classification}} and public: {{path}}',
  },
  remediation: {
    text: 'Turn on Block Public Access for the bucket, remove public ACL grants and public policy statements.',
    cli: 'aws s3api put-public-access-block --bucket <bucket> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
  },
  check(bucket, ctx) {
    const f = ctx.facts(bucket);
    if (f.exposure?.kind !== 'public-access' || !isSensitive(f)) return ctx.pass();
    const components = failedComponents(ctx, [
      ['aws-s3-bucket-not-public', bucket.uid],
      ['aws-s3-bucket-public-access-blocked', bucket.uid],
    ]);
    return ctx.fail(
      'toxic',
      { name: bucket.name, classification: f.data?.classification ?? 'sensitive', path: f.exposure.text },
      comboEvidence(components, f),
    );
  },
});
