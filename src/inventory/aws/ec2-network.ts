/**
 * EC2 networking beyond the VPC itself: network interfaces (which security groups are in use), VPC
 * endpoints (private reach to AWS APIs), site-to-site VPN connections (tunnel health) and Client VPN
 * endpoints (connection logging).
 */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

export const ec2NetworkInterface = defineAssetType({
  type: 'aws.ec2.network-interface',
  provider: 'aws',
  title: 'EC2 network interface',
  config: z.object({
    networkInterfaceId: maybe(z.string()),
    /** Security groups the interface uses. */
    securityGroupIds: maybe(z.array(z.string())),
    /** The instance it is attached to; null when detached or attached to something else. */
    instanceId: maybe(z.string().nullable()),
    /** `interface`, `lambda`, `vpc_endpoint`, `nat_gateway`, ... */
    interfaceType: maybe(z.string().nullable()),
    /** `in-use`, `available`, ... */
    status: maybe(z.string()),
    vpcId: maybe(z.string().nullable()),
  }),
});

export const ec2VpcEndpoint = defineAssetType({
  type: 'aws.ec2.vpc-endpoint',
  provider: 'aws',
  title: 'VPC endpoint',
  config: z.object({
    vpcEndpointId: maybe(z.string()),
    vpcId: maybe(z.string()),
    /** e.g. `com.amazonaws.eu-west-1.ec2`. */
    serviceName: maybe(z.string()),
    /** `Interface`, `Gateway` or `GatewayLoadBalancer`. */
    vpcEndpointType: maybe(z.string()),
    /** `available`, `pending`, `deleted`, ... */
    state: maybe(z.string()),
  }),
});

export const ec2VpnConnection = defineAssetType({
  type: 'aws.ec2.vpn-connection',
  provider: 'aws',
  title: 'Site-to-site VPN connection',
  config: z.object({
    vpnConnectionId: maybe(z.string()),
    /** `pending`, `available`, `deleting`, `deleted`. */
    state: maybe(z.string()),
    /** One entry per tunnel (VgwTelemetry); `status` `UP` or `DOWN`. */
    tunnels: maybe(z.array(z.object({ outsideIpAddress: z.string().nullable(), status: z.string() }))),
  }),
});

export const ec2ClientVpnEndpoint = defineAssetType({
  type: 'aws.ec2.client-vpn-endpoint',
  provider: 'aws',
  title: 'Client VPN endpoint',
  config: z.object({
    clientVpnEndpointId: maybe(z.string()),
    /** Whether client connections are logged (to CloudWatch Logs). */
    connectionLogEnabled: maybe(z.boolean()),
  }),
});

export const ec2NetworkAssetTypes = [
  ec2NetworkInterface,
  ec2VpcEndpoint,
  ec2VpnConnection,
  ec2ClientVpnEndpoint,
] as const;
