/** AWS::S3::AccessPoint (CloudFormation-shaped: `Name`, `Bucket`, `PublicAccessBlockConfiguration`, ...). */
import type { SourceRef } from '../../../../model/asset.js';
import type { ConfigItem } from '../item.js';
import { partitionOfItem } from './account.js';
import { asBool, asString, prop, SectionReader } from './fields.js';
import { candidateFromItem, type ConfigItemMapper, type MappedCandidate } from './types.js';

const BLOCK_FIELDS = ['blockPublicAcls', 'ignorePublicAcls', 'blockPublicPolicy', 'restrictPublicBuckets'];

export function mapAccessPoint(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const name = asString(c.get('name')) ?? item.resourceName ?? item.resourceId;
  const uid =
    asString(c.get('arn')) ??
    item.arn ??
    `arn:${partitionOfItem(item)}:s3:${item.region}:${item.accountId}:accesspoint/${name}`;
  // Every access point has the block; a record without it did not carry it, and that is a gap.
  const block = c.nullable('publicAccessBlockConfiguration', (v) =>
    Object.fromEntries(BLOCK_FIELDS.map((f) => [f, asBool(prop(v, f)) ?? false])),
  );
  const config = {
    bucket: c.required('bucket', asString),
    bucketAccountId: c.has('bucketAccountId') ? (asString(c.get('bucketAccountId')) ?? null) : null,
    networkOrigin: c.required('networkOrigin', asString),
    vpcId: asString(c.get('vpcConfiguration.vpcId')) ?? null,
    publicAccessBlock: block,
  };
  const candidate = candidateFromItem(item, source, uid, config, []);
  candidate.name = name;
  return [{ type: 'aws.s3.access-point', candidate }];
}

export const s3AccessPointMappers: Readonly<Record<string, ConfigItemMapper>> = {
  'AWS::S3::AccessPoint': mapAccessPoint,
};
