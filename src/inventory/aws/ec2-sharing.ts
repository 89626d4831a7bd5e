/**
 * EC2 resources that hand out access or addresses beyond the instance: EBS snapshots (who may create
 * volumes from them), launch templates (whether their network interfaces get public IPs) and transit
 * gateways (whether they accept VPC attachments from other accounts without review).
 */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

export const ec2Snapshot = defineAssetType({
  type: 'aws.ec2.snapshot',
  provider: 'aws',
  title: 'EBS snapshot',
  config: z.object({
    snapshotId: maybe(z.string()),
    volumeId: maybe(z.string().nullable()),
    encrypted: maybe(z.boolean()),
    /** `pending`, `completed`, `error`, ... */
    state: maybe(z.string()),
    /** True when the createVolumePermission attribute grants the group `all`: anyone may restore it. */
    public: maybe(z.boolean()),
    /** Account ids the snapshot is shared with (createVolumePermission UserId entries). */
    sharedWithAccounts: maybe(z.array(z.string())),
  }),
});

export const ec2LaunchTemplate = defineAssetType({
  type: 'aws.ec2.launch-template',
  provider: 'aws',
  title: 'EC2 launch template',
  config: z.object({
    launchTemplateId: maybe(z.string()),
    /** The version instances launch from unless told otherwise; its data is what the fields describe. */
    defaultVersion: maybe(z.string().nullable()),
    /** Network interfaces of the default version; `associatePublicIpAddress` null when not set. */
    networkInterfaces: maybe(
      z.array(
        z.object({
          deviceIndex: z.number().int().nullable(),
          associatePublicIpAddress: z.boolean().nullable(),
        }),
      ),
    ),
  }),
});

export const ec2TransitGateway = defineAssetType({
  type: 'aws.ec2.transit-gateway',
  provider: 'aws',
  title: 'Transit gateway',
  config: z.object({
    transitGatewayId: maybe(z.string()),
    /** True when cross-account attachment requests are accepted automatically. */
    autoAcceptSharedAttachments: maybe(z.boolean()),
  }),
});

export const ec2SharingAssetTypes = [ec2Snapshot, ec2LaunchTemplate, ec2TransitGateway] as const;
