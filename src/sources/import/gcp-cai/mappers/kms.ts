/** cloudkms.googleapis.com/CryptoKey → gcp.kms.crypto-key: rotation schedule from the resource record, IAM bindings from the iam-policy record. */
import { gcpKmsCryptoKey } from '../../../../inventory/gcp/kms.js';
import { obj, text } from './fields.js';
import { bindingsOf } from './iam-policy.js';
import { mapperFields, type CaiMapper } from './types.js';

/** A protobuf Duration in JSON (`"7776000s"`, `"7776000.5s"`) → seconds; the raw value when it is not one. */
export function durationSeconds(v: unknown): unknown {
  if (v === undefined || v === null) return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') {
    const m = /^(\d+(?:\.\d+)?)s$/.exec(v.trim());
    if (m?.[1] !== undefined) return Number(m[1]);
  }
  return v;
}

export const cryptoKeyMapper: CaiMapper = {
  ...mapperFields(gcpKmsCryptoKey, ['iamBindings']),
  fromData(data) {
    return {
      config: {
        purpose: data.purpose ?? 'ENCRYPT_DECRYPT',
        rotationPeriodSeconds: durationSeconds(data.rotationPeriod),
        nextRotationTime: text(data.nextRotationTime),
        primaryState: text(obj(data.primary).state),
      },
    };
  },
  fromPolicy: (policy) => ({ iamBindings: bindingsOf(policy) }),
};
