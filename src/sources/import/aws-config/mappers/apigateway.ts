/**
 * AWS::ApiGateway::Stage. The configuration follows API Gateway's GetStage answer (`methodSettings`
 * is a map from `resource/method` to settings). API Gateway leaves out the client certificate, web
 * ACL, tracing and method settings when they are not set, so in a record that has a configuration
 * their absence means "none". The REST API id is not in the configuration: it is read from the ARN
 * (`arn:aws:apigateway:<region>::/restapis/<id>/stages/<name>`).
 */
import type { SourceRef } from '../../../../model/asset.js';
import { isRecord } from '../../json-file.js';
import type { ConfigItem } from '../item.js';
import { asBool, asString, prop, SectionReader } from './fields.js';
import { candidateFromItem, type ConfigItemMapper, type MappedCandidate } from './types.js';

function methodSettings(v: unknown): unknown {
  if (v === undefined || v === null) return [];
  if (!isRecord(v)) return v;
  return Object.entries(v)
    .filter(([, s]) => isRecord(s))
    .map(([path, s]) => ({
      path,
      loggingLevel: asString(prop(s, 'loggingLevel')) ?? null,
      cachingEnabled: asBool(prop(s, 'cachingEnabled')) ?? false,
      cacheDataEncrypted: asBool(prop(s, 'cacheDataEncrypted')) ?? false,
    }))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
}

export function mapApiGatewayStage(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const stageName = asString(c.get('stageName')) ?? item.resourceName ?? item.resourceId;
  const fromArn = /\/restapis\/([^/]+)\/stages\//.exec(item.arn ?? '')?.[1];
  const restApiId = asString(c.get('restApiId')) ?? fromArn;
  const uid =
    item.arn ??
    `arn:aws:apigateway:${item.region}::/restapis/${restApiId ?? item.resourceId}/stages/${stageName}`;
  const present = item.configuration !== undefined;
  const optional = (path: string) => (present ? (asString(c.get(path)) ?? null) : c.missing(path));
  const flag = (path: string) => (present ? (asBool(c.get(path)) ?? c.get(path) ?? false) : c.missing(path));
  const config = {
    restApiId: restApiId ?? c.missing('restApiId'),
    stageName,
    methodSettings: present ? methodSettings(c.get('methodSettings')) : c.missing('methodSettings'),
    clientCertificateId: optional('clientCertificateId'),
    tracingEnabled: flag('tracingEnabled'),
    webAclArn: optional('webAclArn'),
    cacheClusterEnabled: flag('cacheClusterEnabled'),
  };
  const base = candidateFromItem(item, source, uid, config, []);
  base.name = restApiId === undefined ? stageName : `${restApiId}/${stageName}`;
  return [{ type: 'aws.apigateway.stage', candidate: base }];
}

export const apiGatewayMappers: Record<string, ConfigItemMapper> = {
  'AWS::ApiGateway::Stage': mapApiGatewayStage,
};
