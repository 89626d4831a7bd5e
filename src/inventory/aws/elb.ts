/** Classic Load Balancers (Elastic Load Balancing API 2012-06-01): listeners, zones and attributes. */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

export const classicListenerSchema = z.object({
  /** Front-end protocol: `HTTP`, `HTTPS`, `TCP`, `SSL`. */
  protocol: z.string(),
  loadBalancerPort: z.number().int(),
  /** Back-end protocol to the instances. */
  instanceProtocol: z.string().nullable(),
  instancePort: z.number().int().nullable(),
  /** ARN of the server certificate (ACM or IAM) of an HTTPS/SSL listener; null for the others. */
  sslCertificateId: z.string().nullable(),
});
export type ClassicListener = z.infer<typeof classicListenerSchema>;

export const elbLoadBalancer = defineAssetType({
  type: 'aws.elb.load-balancer',
  provider: 'aws',
  title: 'Classic Load Balancer',
  config: z.object({
    loadBalancerName: maybe(z.string()),
    /** `internet-facing` or `internal`. */
    scheme: maybe(z.string()),
    dnsName: maybe(z.string().nullable()),
    vpcId: maybe(z.string().nullable()),
    securityGroupIds: maybe(z.array(z.string())),
    availabilityZones: maybe(z.array(z.string())),
    listeners: maybe(z.array(classicListenerSchema)),
    /** Attribute ConnectionDraining.Enabled. */
    connectionDrainingEnabled: maybe(z.boolean()),
    /** Attribute CrossZoneLoadBalancing.Enabled. */
    crossZoneLoadBalancingEnabled: maybe(z.boolean()),
    /** Attribute AccessLog.Enabled. */
    accessLogsEnabled: maybe(z.boolean()),
    /** Additional attribute `elb.http.desyncmitigationmode` (`monitor`, `defensive`, `strictest`). */
    desyncMitigationMode: maybe(z.string()),
  }),
});

export const elbAssetTypes = [elbLoadBalancer] as const;
