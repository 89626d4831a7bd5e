/**
 * EMR clusters and block public access configurations, in the EMR API's spelling (camelCase after the
 * live collector's shaping). AWS Config's resource types include neither, so only the live collector
 * produces these items; the type names below say what the API describes.
 */
import type { SourceRef } from '../../../../model/asset.js';
import type { ConfigItem } from '../item.js';
import { partitionOfItem } from './account.js';
import { asBool, asInt, asString, asStrings, prop, SectionReader } from './fields.js';
import { candidateFromItem, type ConfigItemMapper, type MappedCandidate } from './types.js';

export function mapEmrCluster(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const id = asString(c.get('id')) ?? item.resourceId;
  const uid =
    item.arn ??
    asString(c.get('clusterArn')) ??
    `arn:${partitionOfItem(item)}:elasticmapreduce:${item.region}:${item.accountId}:cluster/${id}`;
  const config = {
    clusterId: id,
    state: c.required('status.state', asString),
    primaryPublicIps: c.required('primaryPublicIps', asStrings),
  };
  const base = candidateFromItem(item, source, uid, config, []);
  if (item.resourceName === undefined) base.name = asString(c.get('name')) ?? id;
  return [{ type: 'aws.emr.cluster', candidate: base }];
}

export function mapEmrBlockPublicAccess(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const config = {
    blockPublicSecurityGroupRules: c.required('blockPublicSecurityGroupRules', asBool),
    permittedPortRanges: c.list('permittedPublicSecurityGroupRuleRanges', (ranges) =>
      ranges.map((r) => {
        const from = asInt(prop(r, 'minRange'));
        return { from, to: asInt(prop(r, 'maxRange')) ?? from };
      }),
    ),
  };
  const uid = `arn:${partitionOfItem(item)}:elasticmapreduce:${item.region}:${item.accountId}:block-public-access-configuration`;
  return [
    { type: 'aws.emr.block-public-access', candidate: candidateFromItem(item, source, uid, config, []) },
  ];
}

export const emrMappers: Record<string, ConfigItemMapper> = {
  'AWS::EMR::Cluster': mapEmrCluster,
  'AWS::EMR::BlockPublicAccessConfiguration': mapEmrBlockPublicAccess,
};
