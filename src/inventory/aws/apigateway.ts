/** API Gateway REST API stages: execution logging, caching, client certificates, tracing, WAF. */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

/** The settings of one method path of a stage (`*\/*` is every method). */
export const apiGatewayMethodSetting = z.object({
  path: z.string(),
  /** `OFF`, `ERROR` or `INFO`; null when not set (off). */
  loggingLevel: z.string().nullable(),
  cachingEnabled: z.boolean(),
  cacheDataEncrypted: z.boolean(),
});

export const apiGatewayStage = defineAssetType({
  type: 'aws.apigateway.stage',
  provider: 'aws',
  title: 'API Gateway REST API stage',
  config: z.object({
    restApiId: maybe(z.string()),
    stageName: maybe(z.string()),
    /** Method settings by path; empty when the stage sets none (logging off, no caching). */
    methodSettings: maybe(z.array(apiGatewayMethodSetting)),
    /** The client certificate API Gateway presents to the backend; null when none. */
    clientCertificateId: maybe(z.string().nullable()),
    tracingEnabled: maybe(z.boolean()),
    /** The AWS WAF web ACL associated with the stage; null when none. */
    webAclArn: maybe(z.string().nullable()),
    cacheClusterEnabled: maybe(z.boolean()),
  }),
});

export const apiGatewayAssetTypes = [apiGatewayStage] as const;
