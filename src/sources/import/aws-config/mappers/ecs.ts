/**
 * AWS::ECS::Cluster, AWS::ECS::Service and AWS::ECS::TaskDefinition. AWS Config writes these in the
 * CloudFormation spelling (`ClusterSettings`, `ContainerDefinitions[].ReadonlyRootFilesystem`); the
 * ECS API spelling a live scan gives (`settings`, `containerDefinitions`) is read too. ECS leaves out
 * container settings that were never set (privileged, read-only root, user, log configuration), so
 * in a record whose container list is present their absence is the default. Environment values are
 * never kept: only their names.
 */
import type { SourceRef } from '../../../../model/asset.js';
import type { ConfigItem } from '../item.js';
import { asBool, asInt, asString, prop, records, SectionReader } from './fields.js';
import { arnFor, candidateFromItem, type ConfigItemMapper, type MappedCandidate } from './types.js';

function finalName(arnOrName: string): string {
  return arnOrName.slice(arnOrName.lastIndexOf('/') + 1);
}

export function mapEcsCluster(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const name = asString(c.get('ClusterName')) ?? item.resourceName ?? item.resourceId;
  const uid =
    item.arn ??
    asString(c.get('Arn')) ??
    asString(c.get('ClusterArn')) ??
    arnFor(item, 'ecs', `cluster/${name}`);
  const settings = c.has('ClusterSettings') ? 'ClusterSettings' : 'Settings';
  const insights = (list: Record<string, unknown>[]) => {
    const s = list.find((x) => asString(prop(x, 'Name')) === 'containerInsights');
    return s === undefined ? null : (asString(prop(s, 'Value')) ?? null);
  };
  const config = {
    containerInsights:
      item.configuration !== undefined && !c.has(settings) ? null : c.list(settings, insights),
  };
  const base = candidateFromItem(item, source, uid, config, []);
  if (item.resourceName === undefined) base.name = name;
  return [{ type: 'aws.ecs.cluster', candidate: base }];
}

export function mapEcsService(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const name = asString(c.get('ServiceName')) ?? item.resourceName ?? item.resourceId;
  const uid = item.arn ?? asString(c.get('ServiceArn')) ?? arnFor(item, 'ecs', `service/${name}`);
  const present = item.configuration !== undefined;
  const opt = (path: string) => (present ? (asString(c.get(path)) ?? null) : c.missing(path));
  const vpc = c.get('NetworkConfiguration.AwsvpcConfiguration');
  const cluster = asString(c.get('Cluster')) ?? asString(c.get('ClusterArn'));
  const config = {
    cluster: present ? (cluster ?? null) : c.missing('Cluster'),
    launchType: opt('LaunchType'),
    capacityProviders: present
      ? records(c.get('CapacityProviderStrategy'))
          .map((s) => asString(prop(s, 'CapacityProvider')))
          .filter((s): s is string => s !== undefined)
      : c.missing('CapacityProviderStrategy'),
    platformVersion: opt('PlatformVersion'),
    platformFamily: opt('PlatformFamily'),
    assignPublicIp: present
      ? (asString(prop(vpc, 'AssignPublicIp')) ?? null)
      : c.missing('NetworkConfiguration'),
    taskDefinition: opt('TaskDefinition'),
  };
  const base = candidateFromItem(item, source, uid, config, []);
  if (item.resourceName === undefined) base.name = finalName(name);
  return [{ type: 'aws.ecs.service', candidate: base }];
}

function container(d: Record<string, unknown>): Record<string, unknown> {
  const nullableBool = (k: string) => {
    const v = prop(d, k);
    return v === undefined || v === null ? null : (asBool(v) ?? v);
  };
  const user = asString(prop(d, 'User'));
  return {
    name: asString(prop(d, 'Name')) ?? '',
    privileged: nullableBool('Privileged'),
    readonlyRootFilesystem: nullableBool('ReadonlyRootFilesystem'),
    user: user === undefined || user === '' ? null : user,
    environmentNames: records(prop(d, 'Environment'))
      .map((e) => asString(prop(e, 'Name')))
      .filter((n): n is string => n !== undefined),
    logDriver: asString(prop(prop(d, 'LogConfiguration'), 'LogDriver')) ?? null,
  };
}

export function mapEcsTaskDefinition(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const arn = item.arn ?? asString(c.get('TaskDefinitionArn'));
  const family = asString(c.get('Family'));
  const revision =
    asInt(c.get('Revision')) ?? (arn === undefined ? undefined : asInt(/:(\d+)$/.exec(arn)?.[1]));
  const uid = arn ?? arnFor(item, 'ecs', `task-definition/${family ?? item.resourceId}:${revision ?? 0}`);
  const present = item.configuration !== undefined;
  const opt = (path: string) => (present ? (asString(c.get(path)) ?? null) : c.missing(path));
  const config = {
    family: c.required('Family', asString),
    revision: present ? (revision ?? null) : c.missing('Revision'),
    status: opt('Status'),
    networkMode: opt('NetworkMode'),
    pidMode: opt('PidMode'),
    containers: c.list('ContainerDefinitions', (list) => list.map(container)),
  };
  const base = candidateFromItem(item, source, uid, config, []);
  base.name = family !== undefined && revision !== undefined ? `${family}:${revision}` : finalName(uid);
  return [{ type: 'aws.ecs.task-definition', candidate: base }];
}

export const ecsMappers: Record<string, ConfigItemMapper> = {
  'AWS::ECS::Cluster': mapEcsCluster,
  'AWS::ECS::Service': mapEcsService,
  'AWS::ECS::TaskDefinition': mapEcsTaskDefinition,
};
