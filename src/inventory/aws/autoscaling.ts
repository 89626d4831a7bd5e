/** EC2 Auto Scaling: groups (health checks, zones, launch source) and launch configurations (IMDS, public IPs). */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

export const autoScalingGroup = defineAssetType({
  type: 'aws.autoscaling.group',
  provider: 'aws',
  title: 'Auto Scaling group',
  config: z.object({
    /** `EC2` or `ELB` (or `VPC_LATTICE`, `EBS`), comma separated when several. */
    healthCheckType: maybe(z.string()),
    /** Classic load balancer names and target group ARNs the group registers with. */
    loadBalancerNames: maybe(z.array(z.string())),
    targetGroupArns: maybe(z.array(z.string())),
    availabilityZones: maybe(z.array(z.string())),
    /** The launch configuration, or null when the group launches from a template. */
    launchConfigurationName: maybe(z.string().nullable()),
    /** The launch template (directly or through a mixed instances policy); null when none. */
    launchTemplate: maybe(z.string().nullable()),
    /** Instance types the mixed instances policy overrides with; null without such a policy. */
    mixedInstanceTypes: maybe(z.array(z.string()).nullable()),
  }),
});

export const autoScalingLaunchConfiguration = defineAssetType({
  type: 'aws.autoscaling.launch-configuration',
  provider: 'aws',
  title: 'Auto Scaling launch configuration',
  config: z.object({
    /** IMDS tokens: `required` (IMDSv2 only) or `optional`; the default when unset is `optional`. */
    metadataHttpTokens: maybe(z.string()),
    /** `enabled` or `disabled`; the default is `enabled`. */
    metadataHttpEndpoint: maybe(z.string()),
    /** Hops an IMDS response may travel; the default is 1. */
    metadataHopLimit: maybe(z.number().int()),
    /** True/false as set; null when unset (the subnet's own setting decides). */
    associatePublicIpAddress: maybe(z.boolean().nullable()),
    imageId: maybe(z.string()),
    instanceType: maybe(z.string()),
  }),
});

export const autoScalingAssetTypes = [autoScalingGroup, autoScalingLaunchConfiguration] as const;
