/**
 * EMR clusters (whether the primary node has a public IP address) and each region's EMR block public
 * access configuration. Read live only: AWS Config records neither.
 */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

export const emrCluster = defineAssetType({
  type: 'aws.emr.cluster',
  provider: 'aws',
  title: 'EMR cluster',
  config: z.object({
    clusterId: z.string(),
    /** `STARTING`, `BOOTSTRAPPING`, `RUNNING`, `WAITING`, ... */
    state: maybe(z.string()),
    /** Public IP addresses of the primary (master) node(s); empty when they have none. */
    primaryPublicIps: maybe(z.array(z.string())),
  }),
});

export const emrBlockPublicAccess = defineAssetType({
  type: 'aws.emr.block-public-access',
  provider: 'aws',
  title: 'EMR block public access (per region)',
  config: z.object({
    /** Clusters cannot start with security groups open to the internet (other than permitted ports). */
    blockPublicSecurityGroupRules: maybe(z.boolean()),
    /** Port ranges exempted from the block. */
    permittedPortRanges: maybe(z.array(z.object({ from: z.number().int(), to: z.number().int() }))),
  }),
});

export const emrAssetTypes = [emrCluster, emrBlockPublicAccess] as const;
