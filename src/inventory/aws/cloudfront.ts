/** CloudFront distributions: viewer and origin TLS, origins and their access, logging, WAF, failover. */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

/** One origin: an S3 REST endpoint (`s3`) or anything else, S3 website endpoints included (`custom`). */
export const cloudFrontOrigin = z.object({
  id: z.string(),
  domainName: z.string(),
  kind: z.enum(['s3', 'custom']),
  /** Custom origins: `http-only`, `match-viewer` or `https-only`; null for S3 origins. */
  originProtocolPolicy: z.string().nullable(),
  /** Custom origins: the SSL/TLS protocols CloudFront may use towards the origin; null for S3 origins. */
  originSslProtocols: z.array(z.string()).nullable(),
  /** S3 origins: the origin access control id; null when none. */
  originAccessControlId: z.string().nullable(),
  /** S3 origins: the legacy origin access identity (`origin-access-identity/cloudfront/ID`); null when none. */
  originAccessIdentity: z.string().nullable(),
});
export type CloudFrontOrigin = z.infer<typeof cloudFrontOrigin>;

export const cloudFrontDistribution = defineAssetType({
  type: 'aws.cloudfront.distribution',
  provider: 'aws',
  title: 'CloudFront distribution',
  config: z.object({
    enabled: maybe(z.boolean()),
    domainName: maybe(z.string()),
    /** The object served for `/`; empty when none is set. */
    defaultRootObject: maybe(z.string()),
    /** Viewer protocol policy of the default cache behaviour (`pathPattern` null) and of each other one. */
    viewerProtocolPolicies: maybe(
      z.array(z.object({ pathPattern: z.string().nullable(), policy: z.string() })),
    ),
    origins: maybe(z.array(cloudFrontOrigin)),
    /** Origin groups (primary and secondary origin, for failover). */
    originGroupCount: maybe(z.number().int()),
    /** Standard (access) logging to S3. */
    logging: maybe(z.object({ enabled: z.boolean(), bucket: z.string().nullable() })),
    /** The AWS WAF web ACL (a WAFv2 ARN or a WAF Classic id); empty when none. */
    webAclId: maybe(z.string()),
    viewerCertificate: maybe(
      z.object({
        cloudFrontDefaultCertificate: z.boolean(),
        /** `sni-only`, `vip` or `static-ip`; null with the default certificate. */
        sslSupportMethod: z.string().nullable(),
        minimumProtocolVersion: z.string().nullable(),
        acmCertificateArn: z.string().nullable(),
        iamCertificateId: z.string().nullable(),
      }),
    ),
  }),
});

export const cloudFrontAssetTypes = [cloudFrontDistribution] as const;

/**
 * The bucket of an S3 REST origin domain, or undefined for other domains (S3 website endpoints
 * included: they are custom origins).
 * @example s3OriginBucketName('assets.s3.eu-west-1.amazonaws.com') // 'assets'
 */
export function s3OriginBucketName(domainName: string): string | undefined {
  return /^(.+?)\.s3(?:[.-](?!website)[a-z0-9-]+)*\.amazonaws\.com(?:\.cn)?$/.exec(
    domainName.toLowerCase(),
  )?.[1];
}
