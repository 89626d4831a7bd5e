/**
 * AWS::ElasticBeanstalk::Environment, AWS::CloudFormation::Stack, AWS::ApiGatewayV2::Api and ::Stage
 * (camelCase, from the service APIs), AWS::CodeBuild::ReportGroup, AWS::AppSync::GraphQLApi and
 * AWS::ACMPCA::CertificateAuthority (PascalCase, from the CloudFormation schema; lookups ignore case,
 * so the live collector's camelCase API answers read the same), and AWS::Cognito::UserPool (live only).
 *
 * What AWS Config does not record is an Unknown naming the call that reads it live: Elastic Beanstalk
 * option settings, API Gateway V2 routes, an AppSync API's cache, a CA's status. The live collector
 * sets those fields on the mapped asset (`RegionScope.item`'s patch).
 */
import type { SourceRef } from '../../../../model/asset.js';
import { unknown } from '../../../../model/unknown.js';
import type { ConfigItem } from '../item.js';
import { regionalArn } from './app-common.js';
import { asBool, asString, asStrings, SectionReader } from './fields.js';
import { candidateFromItem, type ConfigItemMapper, type MappedCandidate } from './types.js';

/** The reason for a field AWS Config does not record. */
export const NOT_RECORDED_BY_CONFIG = (what: string, call: string) =>
  unknown(`AWS Config does not record ${what}; a live scan reads it (${call})`);

function one(
  type: string,
  item: ConfigItem,
  source: SourceRef,
  uid: string,
  name: string,
  config: Record<string, unknown>,
): MappedCandidate[] {
  const candidate = candidateFromItem(item, source, uid, config, []);
  candidate.name = name;
  return [{ type, candidate }];
}

export function mapBeanstalkEnvironment(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const name = asString(c.get('environmentName')) ?? item.resourceName ?? item.resourceId;
  const app = asString(c.get('applicationName'));
  const uid =
    item.arn ??
    asString(c.get('environmentArn')) ??
    regionalArn(item, 'elasticbeanstalk', `environment/${app ?? ''}/${name}`);
  const settings = 'option settings';
  const call = 'elasticbeanstalk:DescribeConfigurationSettings';
  return one('aws.elasticbeanstalk.environment', item, source, uid, name, {
    environmentId: c.required('environmentId', asString),
    applicationName: app ?? c.missing('applicationName'),
    status: c.required('status', asString),
    healthReportingSystem: NOT_RECORDED_BY_CONFIG(`Elastic Beanstalk ${settings}`, call),
    streamLogs: NOT_RECORDED_BY_CONFIG(`Elastic Beanstalk ${settings}`, call),
  });
}

export function mapCloudFormationStack(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const name = asString(c.get('stackName')) ?? item.resourceName ?? item.resourceId;
  const uid = item.arn ?? asString(c.get('stackId')) ?? regionalArn(item, 'cloudformation', `stack/${name}`);
  const described = item.configuration !== undefined && c.has('stackName');
  return one('aws.cloudformation.stack', item, source, uid, name, {
    stackName: name,
    stackStatus: c.required('stackStatus', asString),
    // DescribeStacks answers an empty list for a stack without notifications, and records leave it out.
    notificationArns: c.has('notificationARNs')
      ? c.list('notificationARNs', () => asStrings(c.get('notificationARNs')) ?? [])
      : described
        ? []
        : c.missing('notificationARNs'),
  });
}

export function mapCodeBuildReportGroup(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const name = asString(c.get('name')) ?? item.resourceName ?? item.resourceId;
  const uid = item.arn ?? asString(c.get('arn')) ?? regionalArn(item, 'codebuild', `report-group/${name}`);
  const exportType = c.required('exportConfig.exportConfigType', asString);
  const s3 = exportType === 'S3';
  return one('aws.codebuild.report-group', item, source, uid, name, {
    exportType,
    // The API leaves `encryptionDisabled` out unless it is set: encryption is on by default.
    exportEncryptionDisabled: s3
      ? (asBool(c.get('exportConfig.s3Destination.encryptionDisabled')) ?? false)
      : typeof exportType === 'string'
        ? null
        : c.missing('exportConfig.s3Destination'),
    exportEncryptionKey: s3
      ? (asString(c.get('exportConfig.s3Destination.encryptionKey')) ?? null)
      : typeof exportType === 'string'
        ? null
        : c.missing('exportConfig.s3Destination'),
  });
}

export function mapCognitoUserPool(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const id = asString(c.get('id')) ?? item.resourceId;
  const name = asString(c.get('name')) ?? item.resourceName ?? id;
  const uid = item.arn ?? asString(c.get('arn')) ?? regionalArn(item, 'cognito-idp', `userpool/${id}`);
  const described = item.configuration !== undefined && c.has('id');
  return one('aws.cognito.user-pool', item, source, uid, name, {
    // DescribeUserPool leaves the add-ons out of a pool that never set them: threat protection is off.
    advancedSecurityMode: c.has('userPoolAddOns.advancedSecurityMode')
      ? c.required('userPoolAddOns.advancedSecurityMode', asString)
      : described
        ? 'OFF'
        : c.missing('userPoolAddOns'),
  });
}

export function mapAppSyncApi(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const apiId = asString(c.get('apiId')) ?? item.resourceId;
  const name = asString(c.get('name')) ?? item.resourceName ?? apiId;
  const uid = item.arn ?? asString(c.get('arn')) ?? regionalArn(item, 'appsync', `apis/${apiId}`);
  const present = item.configuration !== undefined;
  return one('aws.appsync.graphql-api', item, source, uid, name, {
    apiId,
    // An API without a log configuration logs nothing; the API and the record then leave it out.
    fieldLogLevel: !present
      ? c.missing('logConfig')
      : c.has('logConfig')
        ? c.nullable('logConfig.fieldLogLevel', asString)
        : null,
    cache: NOT_RECORDED_BY_CONFIG('AppSync API caches', 'appsync:GetApiCache'),
  });
}

export function mapCertificateAuthority(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const uid = item.arn ?? asString(c.get('arn')) ?? item.resourceId;
  const name = uid.split('/').pop() ?? uid;
  return one('aws.acmpca.certificate-authority', item, source, uid, name, {
    caType: c.required('type', asString),
    status: c.has('status')
      ? c.required('status', asString)
      : NOT_RECORDED_BY_CONFIG('the status of a certificate authority', 'acm-pca:ListCertificateAuthorities'),
  });
}

export function mapApiGatewayV2Api(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const apiId = asString(c.get('apiId')) ?? item.resourceId;
  const name = asString(c.get('name')) ?? item.resourceName ?? apiId;
  const uid = item.arn ?? `arn:aws:apigateway:${item.region}::/apis/${apiId}`;
  return one('aws.apigateway.v2-api', item, source, uid, name, {
    apiId,
    protocolType: c.required('protocolType', asString),
    routes: NOT_RECORDED_BY_CONFIG('API Gateway V2 routes', 'apigateway:GET GetRoutes'),
  });
}

export function mapApiGatewayV2Stage(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const stageName = asString(c.get('stageName')) ?? item.resourceName ?? item.resourceId;
  const apiId = asString(c.get('apiId')) ?? /\/apis\/([^/]+)\/stages\//.exec(item.arn ?? '')?.[1];
  const uid = item.arn ?? `arn:aws:apigateway:${item.region}::/apis/${apiId ?? ''}/stages/${stageName}`;
  const present = item.configuration !== undefined;
  return one(
    'aws.apigateway.v2-stage',
    item,
    source,
    uid,
    apiId === undefined ? stageName : `${apiId}/${stageName}`,
    {
      apiId: apiId ?? c.missing('apiId'),
      stageName,
      // GetStages leaves `accessLogSettings` out of a stage that does not log access.
      accessLogDestinationArn: !present
        ? c.missing('accessLogSettings')
        : (asString(c.get('accessLogSettings.destinationArn')) ?? null),
    },
  );
}

export const appsMappers: Record<string, ConfigItemMapper> = {
  'AWS::ElasticBeanstalk::Environment': mapBeanstalkEnvironment,
  'AWS::CloudFormation::Stack': mapCloudFormationStack,
  'AWS::CodeBuild::ReportGroup': mapCodeBuildReportGroup,
  'AWS::Cognito::UserPool': mapCognitoUserPool,
  'AWS::AppSync::GraphQLApi': mapAppSyncApi,
  'AWS::ACMPCA::CertificateAuthority': mapCertificateAuthority,
  'AWS::ApiGatewayV2::Api': mapApiGatewayV2Api,
  'AWS::ApiGatewayV2::Stage': mapApiGatewayV2Stage,
};
