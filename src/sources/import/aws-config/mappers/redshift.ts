/**
 * AWS::Redshift::Cluster (camelCase, from the Redshift API: `publiclyAccessible`, `dBName`...). Audit
 * logging is in `supplementaryConfiguration.LoggingStatus`, as DescribeLoggingStatus returns it.
 */
import type { Relation, SourceRef } from '../../../../model/asset.js';
import { unknown } from '../../../../model/unknown.js';
import { ec2Arn, isKmsKeyArn } from '../../../../inventory/aws/arn.js';
import type { ConfigItem } from '../item.js';
import { partitionOfItem } from './account.js';
import { scopeOf } from './ec2.js';
import { asBool, asInt, asString, kmsKeyOf, prop, SectionReader } from './fields.js';
import { candidateFromItem, NOT_IN_RECORD, type ConfigItemMapper, type MappedCandidate } from './types.js';

function auditLogging(item: ConfigItem): unknown {
  const status = prop(item.supplementary, 'LoggingStatus');
  if (status === undefined) {
    if (item.supplementary === undefined) return unknown(NOT_IN_RECORD('supplementaryConfiguration'));
    return unknown('the AWS Config record has no supplementaryConfiguration.LoggingStatus');
  }
  const on = prop(status, 'loggingEnabled');
  return asBool(on) ?? (on === undefined ? unknown('LoggingStatus has no loggingEnabled') : on);
}

export function mapRedshiftCluster(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const id = asString(c.get('clusterIdentifier')) ?? item.resourceName ?? item.resourceId;
  const uid =
    item.arn ?? `arn:${partitionOfItem(item)}:redshift:${item.region}:${item.accountId}:cluster:${id}`;
  const vpcSecurityGroupIds = c.list('vpcSecurityGroups', (items) =>
    items.map((g) => asString(prop(g, 'vpcSecurityGroupId'))).filter((x): x is string => x !== undefined),
  );
  const config = {
    clusterIdentifier: id,
    publiclyAccessible: c.required('publiclyAccessible', asBool),
    enhancedVpcRouting: c.required('enhancedVpcRouting', asBool),
    encrypted: c.required('encrypted', asBool),
    kmsKeyId: kmsKeyOf(c, 'encrypted'),
    masterUsername: c.required('masterUsername', asString),
    dbName: c.required('dBName', asString),
    allowVersionUpgrade: c.required('allowVersionUpgrade', asBool),
    automatedSnapshotRetentionPeriod: c.required('automatedSnapshotRetentionPeriod', asInt),
    auditLoggingEnabled: auditLogging(item),
    requireSsl: unknown(
      'AWS Config does not record the parameter values of a cluster parameter group (redshift:DescribeClusterParameters)',
    ),
    vpcId: c.nullable('vpcId', asString),
    vpcSecurityGroupIds,
  };
  const scope = scopeOf(item);
  const relations: Relation[] = [];
  if (typeof config.vpcId === 'string')
    relations.push({ kind: 'in-vpc', target: ec2Arn(scope, 'vpc', config.vpcId) });
  if (Array.isArray(vpcSecurityGroupIds))
    for (const g of vpcSecurityGroupIds as unknown[])
      if (typeof g === 'string')
        relations.push({ kind: 'uses-security-group', target: ec2Arn(scope, 'security-group', g) });
  const key = asString(config.kmsKeyId);
  if (isKmsKeyArn(key)) relations.push({ kind: 'encrypted-by', target: key });
  return [
    { type: 'aws.redshift.cluster', candidate: candidateFromItem(item, source, uid, config, relations) },
  ];
}

export const redshiftMappers: Record<string, ConfigItemMapper> = {
  'AWS::Redshift::Cluster': mapRedshiftCluster,
};
