/**
 * AWS::OpenSearch::Domain (PascalCase, from the CloudFormation schema: `ClusterConfig`, `VPCOptions`,
 * `DomainEndpointOptions.TLSSecurityPolicy`) and AWS::Elasticsearch::Domain (camelCase, from the
 * Elasticsearch API: `elasticsearchClusterConfig`, `vpcoptions`, `elasticsearchVersion`), both to
 * `aws.opensearch.domain`; the live collector's OpenSearch API records read the same way. A record
 * that describes the domain (it has its cluster configuration) leaves out the VPC options and the log
 * publishing options when none are set, so there their absence means "public endpoint" and "no logs".
 * Neither type records the domain's access policy.
 */
import type { Relation, SourceRef } from '../../../../model/asset.js';
import { ec2Arn, isKmsKeyArn } from '../../../../inventory/aws/arn.js';
import { isRecord } from '../../json-file.js';
import type { ConfigItem } from '../item.js';
import { partitionOfItem } from './account.js';
import { scopeOf } from './ec2.js';
import { asBool, asInt, asString, asStrings, prop, SectionReader } from './fields.js';
import { candidateFromItem, type ConfigItemMapper, type MappedCandidate } from './types.js';

/** Log types whose publishing is enabled, from the `LogPublishingOptions` map. */
function enabledLogTypes(options: unknown): unknown {
  if (options === null) return [];
  if (!isRecord(options)) return options;
  return Object.entries(options)
    .filter(([, v]) => asBool(prop(v, 'Enabled')) === true)
    .map(([k]) => k.toUpperCase())
    .sort();
}

export function mapOpenSearchDomain(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const name = asString(c.get('DomainName')) ?? item.resourceName ?? item.resourceId;
  const uid =
    item.arn ??
    asString(c.get('Arn')) ??
    asString(c.get('DomainArn')) ??
    `arn:${partitionOfItem(item)}:es:${item.region}:${item.accountId}:domain/${name}`;
  const cluster = c.has('ClusterConfig') ? 'ClusterConfig' : 'ElasticsearchClusterConfig';
  // A record with the cluster configuration describes the whole domain: unset options are left out.
  const complete = c.has(cluster);
  const esVersion = asString(c.get('ElasticsearchVersion'));
  const vpc = c.get('VPCOptions');
  const dedicated = asBool(c.get(`${cluster}.DedicatedMasterEnabled`));
  const logs = c.get('LogPublishingOptions');
  const config = {
    domainName: name,
    engineVersion:
      esVersion !== undefined ? `Elasticsearch_${esVersion}` : c.required('EngineVersion', asString),
    vpcSubnetIds:
      vpc === undefined || vpc === null
        ? complete
          ? []
          : c.missing('VPCOptions')
        : (asStrings(prop(vpc, 'SubnetIds')) ?? []),
    securityGroupIds:
      vpc === undefined || vpc === null
        ? complete
          ? []
          : c.missing('VPCOptions')
        : (asStrings(prop(vpc, 'SecurityGroupIds')) ?? []),
    encryptionAtRest: c.required('EncryptionAtRestOptions.Enabled', asBool),
    kmsKeyId:
      asBool(c.get('EncryptionAtRestOptions.Enabled')) === false
        ? null
        : c.nullable('EncryptionAtRestOptions.KmsKeyId', asString),
    nodeToNodeEncryption: c.required('NodeToNodeEncryptionOptions.Enabled', asBool),
    enforceHttps: c.required('DomainEndpointOptions.EnforceHTTPS', asBool),
    tlsSecurityPolicy: c.has('DomainEndpointOptions')
      ? (asString(c.get('DomainEndpointOptions.TLSSecurityPolicy')) ?? null)
      : c.missing('DomainEndpointOptions'),
    enabledLogTypes:
      logs === undefined ? (complete ? [] : c.missing('LogPublishingOptions')) : enabledLogTypes(logs),
    instanceCount: c.required(`${cluster}.InstanceCount`, asInt),
    zoneAwarenessEnabled: c.required(`${cluster}.ZoneAwarenessEnabled`, asBool),
    dedicatedMasterEnabled: c.required(`${cluster}.DedicatedMasterEnabled`, asBool),
    dedicatedMasterCount: dedicated === false ? null : c.nullable(`${cluster}.DedicatedMasterCount`, asInt),
    fineGrainedAccessControl: c.required('AdvancedSecurityOptions.Enabled', asBool),
    softwareUpdateAvailable: c.required('ServiceSoftwareOptions.UpdateAvailable', asBool),
  };
  const scope = scopeOf(item);
  const relations: Relation[] = [];
  const vpcId = asString(prop(vpc, 'VPCId'));
  if (vpcId !== undefined) relations.push({ kind: 'in-vpc', target: ec2Arn(scope, 'vpc', vpcId) });
  for (const id of asStrings(config.securityGroupIds) ?? [])
    relations.push({ kind: 'uses-security-group', target: ec2Arn(scope, 'security-group', id) });
  const key = asString(config.kmsKeyId);
  if (isKmsKeyArn(key)) relations.push({ kind: 'encrypted-by', target: key });
  const base = candidateFromItem(item, source, uid, config, relations);
  if (item.resourceName === undefined) base.name = name;
  return [{ type: 'aws.opensearch.domain', candidate: base }];
}

export const openSearchMappers: Record<string, ConfigItemMapper> = {
  'AWS::OpenSearch::Domain': mapOpenSearchDomain,
  'AWS::Elasticsearch::Domain': mapOpenSearchDomain,
};
