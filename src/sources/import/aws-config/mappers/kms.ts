/**
 * AWS::KMS::Key (camelCase, from the KMS API). Rotation is not part of the key's description: AWS
 * Config records it, when it does, as `supplementaryConfiguration.KeyRotationStatus`; without it the
 * rotation stays unknown. The key policy is `supplementaryConfiguration.Policy` (JSON text).
 */
import type { Relation, SourceRef } from '../../../../model/asset.js';
import { unknown } from '../../../../model/unknown.js';
import { decodePolicyText } from '../../../../inventory/aws/policy.js';
import { describeError } from '../../../../model/errors.js';
import type { ConfigItem } from '../item.js';
import { partitionOfItem } from './account.js';
import { asBool, asString, SectionReader } from './fields.js';
import { candidateFromItem, NOT_IN_RECORD, type ConfigItemMapper, type MappedCandidate } from './types.js';

function rotation(item: ConfigItem): unknown {
  const s = new SectionReader(item.supplementary, 'supplementaryConfiguration');
  if (item.supplementary === undefined) return unknown(NOT_IN_RECORD('supplementaryConfiguration'));
  if (!s.has('KeyRotationStatus')) {
    return unknown(
      'AWS Config did not record key rotation (no supplementaryConfiguration.KeyRotationStatus)',
    );
  }
  return s.required('KeyRotationStatus', asBool);
}

function keyPolicy(item: ConfigItem): unknown {
  if (item.supplementary === undefined) return unknown(NOT_IN_RECORD('supplementaryConfiguration'));
  const s = new SectionReader(item.supplementary, 'supplementaryConfiguration');
  const text = s.get('Policy');
  if (text === undefined) return s.missing('Policy');
  if (text === null || text === '') return null;
  try {
    return decodePolicyText(text);
  } catch (e) {
    return unknown(`the key policy is not valid JSON: ${describeError(e)}`);
  }
}

export function mapKmsKey(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const keyId = asString(c.get('keyId')) ?? item.resourceId;
  const uid =
    item.arn ??
    asString(c.get('arn')) ??
    `arn:${partitionOfItem(item)}:kms:${item.region}:${item.accountId}:key/${keyId}`;
  // `customerMasterKeySpec` is the older name of `keySpec`.
  const keySpec = c.has('keySpec')
    ? c.required('keySpec', asString)
    : c.required('customerMasterKeySpec', asString);
  const config = {
    keyId,
    keyManager: c.required('keyManager', asString),
    keySpec,
    keyUsage: c.required('keyUsage', asString),
    keyState: c.required('keyState', asString),
    origin: c.required('origin', asString),
    multiRegion: c.required('multiRegion', asBool),
    rotationEnabled: rotation(item),
    policy: keyPolicy(item),
  };
  const relations: Relation[] = [];
  return [{ type: 'aws.kms.key', candidate: candidateFromItem(item, source, uid, config, relations) }];
}

export const kmsMappers: Record<string, ConfigItemMapper> = {
  'AWS::KMS::Key': mapKmsKey,
};
