/** EKS clusters: API endpoint exposure, control plane logging, secrets encryption, version. */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

/** The control plane log types EKS can send to CloudWatch Logs. */
export const EKS_LOG_TYPES = ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'] as const;

export const eksCluster = defineAssetType({
  type: 'aws.eks.cluster',
  provider: 'aws',
  title: 'EKS cluster',
  config: z.object({
    /** Kubernetes version, e.g. `1.29`. */
    version: maybe(z.string()),
    status: maybe(z.string().nullable()),
    endpointPublicAccess: maybe(z.boolean()),
    endpointPrivateAccess: maybe(z.boolean()),
    /** CIDRs allowed to reach the public endpoint (EKS reports `0.0.0.0/0` when unrestricted). */
    publicAccessCidrs: maybe(z.array(z.string())),
    /** Control plane log types sent to CloudWatch Logs (see EKS_LOG_TYPES). */
    enabledLogTypes: maybe(z.array(z.string())),
    /** Envelope encryption of Kubernetes resources; empty when none is configured. */
    encryptionConfig: maybe(
      z.array(z.object({ resources: z.array(z.string()), keyArn: z.string().nullable() })),
    ),
    securityGroupIds: maybe(z.array(z.string())),
    subnetIds: maybe(z.array(z.string())),
    vpcId: maybe(z.string().nullable()),
    roleArn: maybe(z.string().nullable()),
  }),
});

export const eksAssetTypes = [eksCluster] as const;
