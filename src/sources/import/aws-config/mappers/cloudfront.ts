/**
 * AWS::CloudFront::Distribution. The configuration is CloudFront's GetDistribution answer in camelCase
 * (`distributionConfig.origins.items[]`, lists wrapped in `{quantity, items}` and `items` left out when
 * the quantity is 0); CloudFront itself leaves out `defaultRootObject`, `webACLId` and the origin
 * access control id when they are not set, so in a record that carries `distributionConfig` their
 * absence means "none".
 */
import type { SourceRef } from '../../../../model/asset.js';
import { s3OriginBucketName } from '../../../../inventory/aws/cloudfront.js';
import type { ConfigItem } from '../item.js';
import { asBool, asString, asStrings, prop, records, SectionReader } from './fields.js';
import { candidateFromItem, type ConfigItemMapper, type MappedCandidate } from './types.js';

/** `{quantity, items}` → its items; undefined when the value is not such a wrapper. */
function wrapped(v: unknown): unknown[] | undefined {
  if (v === null) return [];
  if (Array.isArray(v)) return v as unknown[];
  const items = prop(v, 'items');
  if (Array.isArray(items)) return items as unknown[];
  if (items === undefined || items === null) return prop(v, 'quantity') !== undefined ? [] : undefined;
  return undefined;
}

function origin(o: Record<string, unknown>): Record<string, unknown> {
  const custom = prop(o, 'customOriginConfig');
  const s3 = prop(o, 's3OriginConfig');
  const domainName = asString(prop(o, 'domainName')) ?? '';
  const isS3 = custom === undefined || custom === null ? s3 !== undefined && s3 !== null : false;
  const oac = asString(prop(o, 'originAccessControlId'));
  const oai = asString(prop(s3, 'originAccessIdentity'));
  return {
    id: asString(prop(o, 'id')) ?? '',
    domainName,
    kind: isS3 || (custom == null && s3OriginBucketName(domainName) !== undefined) ? 's3' : 'custom',
    originProtocolPolicy: isS3 ? null : (asString(prop(custom, 'originProtocolPolicy')) ?? null),
    originSslProtocols: isS3 ? null : (asStrings(wrapped(prop(custom, 'originSslProtocols'))) ?? null),
    originAccessControlId: oac === undefined || oac === '' ? null : oac,
    originAccessIdentity: oai === undefined || oai === '' ? null : oai,
  };
}

function viewerPolicies(dc: SectionReader): unknown {
  const def = dc.get('distributionConfig.defaultCacheBehavior.viewerProtocolPolicy');
  if (typeof def !== 'string')
    return dc.missing('distributionConfig.defaultCacheBehavior.viewerProtocolPolicy');
  const behaviours = wrapped(dc.get('distributionConfig.cacheBehaviors')) ?? [];
  return [
    { pathPattern: null, policy: def },
    ...records(behaviours).map((b) => ({
      pathPattern: asString(prop(b, 'pathPattern')) ?? '',
      policy: asString(prop(b, 'viewerProtocolPolicy')) ?? 'allow-all',
    })),
  ];
}

export function mapCloudFrontDistribution(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const id = asString(c.get('id')) ?? item.resourceId;
  const uid =
    item.arn ?? asString(c.get('arn')) ?? `arn:aws:cloudfront::${item.accountId}:distribution/${id}`;
  const dc = 'distributionConfig';
  const hasConfig = c.has(dc);
  const absentIsNone = (path: string) => {
    const v = c.get(`${dc}.${path}`);
    if (v === undefined || v === null) return hasConfig ? '' : c.missing(`${dc}.${path}`);
    return asString(v) ?? v;
  };
  const originList = wrapped(c.get(`${dc}.origins`));
  const logging = c.get(`${dc}.logging`);
  const cert = c.get(`${dc}.viewerCertificate`);
  const groups = wrapped(c.get(`${dc}.originGroups`));
  const str = (v: unknown) => {
    const s = asString(v);
    return s === undefined || s === '' ? null : s;
  };
  const config = {
    enabled: c.required(`${dc}.enabled`, asBool),
    domainName: c.required('domainName', asString),
    defaultRootObject: absentIsNone('defaultRootObject'),
    viewerProtocolPolicies: hasConfig ? viewerPolicies(c) : c.missing(dc),
    origins: originList === undefined ? c.missing(`${dc}.origins`) : records(originList).map(origin),
    originGroupCount: hasConfig ? (groups?.length ?? 0) : c.missing(`${dc}.originGroups`),
    logging:
      logging === undefined || logging === null
        ? c.missing(`${dc}.logging`)
        : {
            enabled: asBool(prop(logging, 'enabled')) ?? false,
            bucket: str(prop(logging, 'bucket')),
          },
    webAclId: absentIsNone('webACLId'),
    viewerCertificate:
      cert === undefined || cert === null
        ? c.missing(`${dc}.viewerCertificate`)
        : {
            cloudFrontDefaultCertificate:
              asBool(prop(cert, 'cloudFrontDefaultCertificate')) ??
              asString(prop(cert, 'certificateSource')) === 'cloudfront',
            sslSupportMethod: str(prop(cert, 'sslSupportMethod')),
            minimumProtocolVersion: str(prop(cert, 'minimumProtocolVersion')),
            acmCertificateArn: str(prop(cert, 'acmCertificateArn')),
            iamCertificateId: str(prop(cert, 'iamCertificateId')),
          },
  };
  const base = candidateFromItem(item, source, uid, config, []);
  if (item.resourceName === undefined) base.name = id;
  return [{ type: 'aws.cloudfront.distribution', candidate: base }];
}

export const cloudFrontMappers: Record<string, ConfigItemMapper> = {
  'AWS::CloudFront::Distribution': mapCloudFrontDistribution,
};
