/**
 * storage.googleapis.com/Bucket → gcp.storage.bucket. The bucket's settings come from the resource
 * record (`iamConfiguration`, `versioning`, `logging`, `retentionPolicy`, `encryption`); its IAM
 * bindings from the iam-policy record. Both are named `//storage.googleapis.com/<bucket>`.
 */
import { unknown } from '../../../../model/unknown.js';
import { gcpStorageBucket } from '../../../../inventory/gcp/storage.js';
import { isRecord, str } from '../../json-file.js';
import { bindingsOf } from './iam-policy.js';
import { flag, obj, text } from './fields.js';
import { mapperFields, type CaiMapper } from './types.js';

function retention(v: unknown): unknown {
  if (!isRecord(v) || v.retentionPeriod === undefined) return null;
  const seconds = typeof v.retentionPeriod === 'string' ? Number(v.retentionPeriod) : v.retentionPeriod;
  return { retentionPeriodSeconds: seconds, isLocked: flag(v.isLocked) };
}

export const bucketMapper: CaiMapper = {
  ...mapperFields(gcpStorageBucket, ['iamBindings']),
  fromData(data) {
    const iam = data.iamConfiguration;
    const uniform = isRecord(iam)
      ? (obj(iam.uniformBucketLevelAccess).enabled ?? obj(iam.bucketPolicyOnly).enabled ?? false)
      : unknown('the bucket record has no iamConfiguration');
    const pap =
      isRecord(iam) && typeof iam.publicAccessPrevention === 'string'
        ? iam.publicAccessPrevention.toLowerCase()
        : unknown(
            'the bucket record has no iamConfiguration.publicAccessPrevention (exports made before the setting existed do not carry it)',
          );
    const logBucket = str(obj(data.logging).logBucket);
    const kmsKey = obj(data.encryption).defaultKmsKeyName;
    const relations =
      typeof kmsKey === 'string' && kmsKey.startsWith('projects/')
        ? [{ kind: 'encrypted-by', target: `//cloudkms.googleapis.com/${kmsKey}` }]
        : [];
    return {
      config: {
        uniformBucketLevelAccess: uniform,
        publicAccessPrevention: pap,
        versioning: flag(obj(data.versioning).enabled),
        logging:
          logBucket === undefined || logBucket === ''
            ? null
            : { logBucket, logObjectPrefix: text(obj(data.logging).logObjectPrefix) },
        retentionPolicy: retention(data.retentionPolicy),
        defaultKmsKeyName: text(kmsKey),
      },
      relations,
    };
  },
  fromPolicy: (policy) => ({ iamBindings: bindingsOf(policy) }),
};
