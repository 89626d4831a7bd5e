/**
 * AWS::SageMaker::NotebookInstance (PascalCase, from the CloudFormation schema; the SageMaker API's
 * DescribeNotebookInstance reads the same). `DirectInternetAccess` and `RootAccess` are
 * `Enabled`/`Disabled`. A record that carries them describes the notebook: no `SubnetId` there means
 * the notebook runs in no customer VPC.
 */
import type { Relation, SourceRef } from '../../../../model/asset.js';
import { ec2Arn, isKmsKeyArn } from '../../../../inventory/aws/arn.js';
import type { ConfigItem } from '../item.js';
import { partitionOfItem } from './account.js';
import { scopeOf } from './ec2.js';
import { asBool, asInt, asString, asStrings, prop, SectionReader } from './fields.js';
import { candidateFromItem, type ConfigItemMapper, type MappedCandidate } from './types.js';

/** `Enabled` → true, `Disabled` → false; anything else passes through for the schema to reject. */
function switchOf(v: unknown): boolean | undefined {
  if (v === 'Enabled') return true;
  if (v === 'Disabled') return false;
  return undefined;
}

export function mapNotebookInstance(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const name = asString(c.get('NotebookInstanceName')) ?? item.resourceName ?? item.resourceId;
  const uid =
    item.arn ??
    asString(c.get('NotebookInstanceArn')) ??
    `arn:${partitionOfItem(item)}:sagemaker:${item.region}:${item.accountId}:notebook-instance/${name.toLowerCase()}`;
  const complete = c.has('DirectInternetAccess');
  const absentIsNone = (path: string) =>
    c.has(path) ? c.nullable(path, asString) : complete ? null : c.missing(path);
  const config = {
    notebookInstanceName: name,
    directInternetAccess: c.required('DirectInternetAccess', switchOf),
    rootAccess: c.required('RootAccess', switchOf),
    subnetId: absentIsNone('SubnetId'),
    securityGroupIds: c.has('SecurityGroupIds')
      ? c.required('SecurityGroupIds', asStrings)
      : complete
        ? []
        : c.missing('SecurityGroupIds'),
    kmsKeyId: absentIsNone('KmsKeyId'),
  };
  const scope = scopeOf(item);
  const relations: Relation[] = [];
  for (const g of asStrings(config.securityGroupIds) ?? [])
    relations.push({ kind: 'uses-security-group', target: ec2Arn(scope, 'security-group', g) });
  const key = asString(config.kmsKeyId);
  if (isKmsKeyArn(key)) relations.push({ kind: 'encrypted-by', target: key });
  const base = candidateFromItem(item, source, uid, config, relations);
  if (item.resourceName === undefined) base.name = name;
  return [{ type: 'aws.sagemaker.notebook-instance', candidate: base }];
}

/** AWS::SageMaker::EndpointConfig: the production variants and their initial instance counts. */
export function mapEndpointConfig(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const name = asString(c.get('EndpointConfigName')) ?? item.resourceName ?? item.resourceId;
  const uid =
    item.arn ??
    asString(c.get('EndpointConfigArn')) ??
    `arn:${partitionOfItem(item)}:sagemaker:${item.region}:${item.accountId}:endpoint-config/${name.toLowerCase()}`;
  const config = {
    endpointConfigName: name,
    productionVariants: c.list('ProductionVariants', (variants) =>
      variants.map((v) => ({
        variantName: asString(prop(v, 'VariantName')) ?? '',
        initialInstanceCount: asInt(prop(v, 'InitialInstanceCount')) ?? null,
      })),
    ),
  };
  const base = candidateFromItem(item, source, uid, config, []);
  if (item.resourceName === undefined) base.name = name;
  return [{ type: 'aws.sagemaker.endpoint-config', candidate: base }];
}

/** AWS::SageMaker::Model: network isolation of its containers. */
export function mapModel(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const name = asString(c.get('ModelName')) ?? item.resourceName ?? item.resourceId;
  const uid =
    item.arn ??
    asString(c.get('ModelArn')) ??
    `arn:${partitionOfItem(item)}:sagemaker:${item.region}:${item.accountId}:model/${name.toLowerCase()}`;
  const config = { modelName: name, networkIsolation: c.required('EnableNetworkIsolation', asBool) };
  const base = candidateFromItem(item, source, uid, config, []);
  if (item.resourceName === undefined) base.name = name;
  return [{ type: 'aws.sagemaker.model', candidate: base }];
}

export const sageMakerMappers: Record<string, ConfigItemMapper> = {
  'AWS::SageMaker::NotebookInstance': mapNotebookInstance,
  'AWS::SageMaker::EndpointConfig': mapEndpointConfig,
  'AWS::SageMaker::Model': mapModel,
};
