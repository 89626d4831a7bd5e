/** Application, Network and Gateway Load Balancers and their listeners. */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

export const elbv2LoadBalancer = defineAssetType({
  type: 'aws.elbv2.load-balancer',
  provider: 'aws',
  title: 'Elastic Load Balancer (v2)',
  config: z.object({
    /** `internet-facing` or `internal`. */
    scheme: maybe(z.string()),
    /** `application`, `network` or `gateway`. */
    lbType: maybe(z.string()),
    dnsName: maybe(z.string().nullable()),
    vpcId: maybe(z.string().nullable()),
    securityGroupIds: maybe(z.array(z.string())),
    /** Attribute `access_logs.s3.enabled`. */
    accessLogsEnabled: maybe(z.boolean()),
    /** Attribute `access_logs.s3.bucket`; null when unset. */
    accessLogsBucket: maybe(z.string().nullable()),
    /** Attribute `routing.http.drop_invalid_header_fields.enabled`; null for types without it (not ALB). */
    dropInvalidHeaderFields: maybe(z.boolean().nullable()),
    /** Attribute `deletion_protection.enabled`. */
    deletionProtection: maybe(z.boolean()),
    /** The Availability Zones the load balancer has subnets in. */
    availabilityZones: maybe(z.array(z.string())),
    /**
     * Attribute `routing.http.desync_mitigation_mode` (`monitor`, `defensive`, `strictest`); null for
     * types without it (not ALB).
     */
    desyncMitigationMode: maybe(z.string().nullable()),
    /**
     * The web ACL (WAFv2, or WAF Classic regional) protecting an Application Load Balancer; null when
     * none, and for types WAF cannot protect (not ALB). AWS Config does not record it.
     */
    wafWebAclArn: maybe(z.string().nullable()),
  }),
});

export const listenerActionSchema = z.object({
  /** `forward`, `redirect`, `fixed-response`, `authenticate-oidc`, `authenticate-cognito`. */
  type: z.string(),
  order: z.number().int().nullable(),
  targetGroupArn: z.string().nullable(),
  /** For `redirect` actions. */
  redirect: z
    .object({
      protocol: z.string().nullable(),
      port: z.string().nullable(),
      host: z.string().nullable(),
      path: z.string().nullable(),
      query: z.string().nullable(),
      statusCode: z.string().nullable(),
    })
    .nullable(),
  /** For `fixed-response` actions. */
  fixedResponseStatusCode: z.string().nullable(),
});
export type ListenerAction = z.infer<typeof listenerActionSchema>;

export const elbv2Listener = defineAssetType({
  type: 'aws.elbv2.listener',
  provider: 'aws',
  title: 'Load balancer listener',
  config: z.object({
    /** `HTTP`, `HTTPS` (ALB); `TCP`, `TLS`, `UDP`, `TCP_UDP` (NLB); `GENEVE` (GWLB). */
    protocol: maybe(z.string()),
    port: maybe(z.number().int().nullable()),
    /** TLS security policy of HTTPS/TLS listeners; null for the others. */
    sslPolicy: maybe(z.string().nullable()),
    loadBalancerArn: maybe(z.string()),
    defaultActions: maybe(z.array(listenerActionSchema)),
    certificateArns: maybe(z.array(z.string())),
  }),
});

export const elbv2AssetTypes = [elbv2LoadBalancer, elbv2Listener] as const;
