/** GKE clusters: control-plane exposure (private endpoint, authorized networks), authorisation, node security. */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

export const gcpContainerCluster = defineAssetType({
  type: 'gcp.container.cluster',
  provider: 'gcp',
  title: 'GKE cluster',
  config: z.object({
    /** Control plane IP address; null when the record has none. */
    endpoint: maybe(z.string().nullable()),
    /** Private cluster settings; null for a cluster that is not private. */
    privateClusterConfig: maybe(
      z
        .object({
          enablePrivateNodes: z.boolean(),
          /** The control plane is reachable only on its private address. */
          enablePrivateEndpoint: z.boolean(),
          masterIpv4CidrBlock: z.string().nullable(),
        })
        .nullable(),
    ),
    /** Control plane authorized networks. */
    masterAuthorizedNetworks: maybe(
      z.object({
        enabled: z.boolean(),
        cidrBlocks: z.array(z.object({ cidrBlock: z.string(), displayName: z.string().nullable() })),
        /** Google Cloud public IP addresses may also reach the control plane; null when not reported. */
        gcpPublicCidrsAccessEnabled: z.boolean().nullable(),
      }),
    ),
    legacyAbacEnabled: maybe(z.boolean()),
    /** Kubernetes NetworkPolicy enforcement (Calico, or GKE Dataplane V2). */
    networkPolicyEnabled: maybe(z.boolean()),
    /** Workload Identity pool (`<project>.svc.id.goog`); null when Workload Identity is off. */
    workloadIdentityPool: maybe(z.string().nullable()),
    shieldedNodesEnabled: maybe(z.boolean()),
    /** Cloud KMS key encrypting Kubernetes secrets at the application layer; null when off. */
    secretsEncryptionKey: maybe(z.string().nullable()),
    /** Uid of the cluster's VPC network. */
    network: maybe(z.string().nullable()),
    currentMasterVersion: maybe(z.string().nullable()),
  }),
});
