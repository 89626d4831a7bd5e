/**
 * AWS::EKS::Cluster. The configuration follows the CloudFormation schema (`ResourcesVpcConfig`,
 * `Logging.ClusterLogging.EnabledTypes[].Type`, `EncryptionConfig[].Provider.KeyArn`); the EKS API
 * spelling (`logging.clusterLogging[{types, enabled}]`) is read too. Early records carry only the VPC
 * ids, not the endpoint flags: those stay unknown. Records that do carry the endpoint flags leave out
 * logging and encryption when none is configured, so there their absence means "none".
 */
import type { Relation, SourceRef } from '../../../../model/asset.js';
import { ec2Arn, isKmsKeyArn } from '../../../../inventory/aws/arn.js';
import { isRecord } from '../../json-file.js';
import type { ConfigItem } from '../item.js';
import { partitionOfItem } from './account.js';
import { scopeOf } from './ec2.js';
import { asBool, asString, asStrings, prop, records, SectionReader } from './fields.js';
import { candidateFromItem, type ConfigItemMapper, type MappedCandidate } from './types.js';

/** Log types enabled, from either spelling. */
function enabledLogTypes(logging: unknown): unknown {
  const cl = prop(logging, 'ClusterLogging');
  if (Array.isArray(cl)) {
    // API spelling: [{ types: [...], enabled: true }, { types: [...], enabled: false }]
    return records(cl)
      .filter((e) => asBool(prop(e, 'enabled')) === true)
      .flatMap((e) => asStrings(prop(e, 'types')) ?? []);
  }
  const types = prop(cl, 'EnabledTypes');
  if (types === undefined || types === null) return [];
  if (!Array.isArray(types)) return types;
  return types
    .map((t: unknown) => (typeof t === 'string' ? t : asString(prop(t, 'Type'))))
    .filter((t): t is string => t !== undefined);
}

function encryptionConfig(v: unknown): unknown {
  if (v === null) return [];
  if (!Array.isArray(v)) return v;
  return records(v).map((e) => ({
    resources: asStrings(prop(e, 'Resources')) ?? [],
    keyArn: asString(prop(prop(e, 'Provider'), 'KeyArn')) ?? null,
  }));
}

export function mapEksCluster(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const name = asString(c.get('Name')) ?? item.resourceName ?? item.resourceId;
  const uid =
    item.arn ??
    asString(c.get('Arn')) ??
    `arn:${partitionOfItem(item)}:eks:${item.region}:${item.accountId}:cluster/${name}`;
  const vpc = 'ResourcesVpcConfig';
  // Records that report the endpoint flags describe the whole cluster; absent settings are unset.
  const complete = typeof asBool(c.get(`${vpc}.EndpointPublicAccess`)) === 'boolean';
  const logging = c.get('Logging');
  const encryption = c.get('EncryptionConfig');
  const vpcFromRelations = item.relationships.find((r) => r.resourceType === 'AWS::EC2::VPC')?.resourceId;
  const vpcId = asString(c.get(`${vpc}.VpcId`)) ?? vpcFromRelations;
  const config = {
    version: c.required('Version', asString),
    status: c.has('Status') ? c.nullable('Status', asString) : c.nullable('ClusterStatus', asString),
    endpointPublicAccess: c.required(`${vpc}.EndpointPublicAccess`, asBool),
    endpointPrivateAccess: c.required(`${vpc}.EndpointPrivateAccess`, asBool),
    publicAccessCidrs: c.required(`${vpc}.PublicAccessCidrs`, asStrings),
    enabledLogTypes:
      logging === undefined ? (complete ? [] : c.missing('Logging')) : enabledLogTypes(logging),
    encryptionConfig:
      encryption === undefined
        ? complete
          ? []
          : c.missing('EncryptionConfig')
        : encryptionConfig(encryption),
    securityGroupIds: c.required(`${vpc}.SecurityGroupIds`, asStrings),
    subnetIds: c.required(`${vpc}.SubnetIds`, asStrings),
    vpcId: vpcId ?? c.missing(`${vpc}.VpcId`),
    roleArn: c.nullable('RoleArn', asString),
  };
  const scope = scopeOf(item);
  const relations: Relation[] = [];
  if (vpcId !== undefined) relations.push({ kind: 'in-vpc', target: ec2Arn(scope, 'vpc', vpcId) });
  for (const id of asStrings(config.securityGroupIds) ?? []) {
    relations.push({ kind: 'uses-security-group', target: ec2Arn(scope, 'security-group', id) });
  }
  if (Array.isArray(config.encryptionConfig)) {
    for (const e of config.encryptionConfig as unknown[]) {
      const key = isRecord(e) ? asString(e.keyArn) : undefined;
      if (isKmsKeyArn(key)) relations.push({ kind: 'encrypted-by', target: key });
    }
  }
  const base = candidateFromItem(item, source, uid, config, relations);
  if (item.resourceName === undefined) base.name = name;
  return [{ type: 'aws.eks.cluster', candidate: base }];
}

export const eksMappers: Record<string, ConfigItemMapper> = {
  'AWS::EKS::Cluster': mapEksCluster,
};
