/**
 * EC2 and VPC networking: security groups (ingress and egress permissions, normalised so `-1`,
 * protocol numbers and the old/new CIDR spellings read alike), instances (exposure, IMDS, identity),
 * EBS volumes (encryption), VPCs and their flow logs.
 */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

/**
 * One security group permission (ingress or egress), normalised:
 * - `protocol`: `tcp`, `udp`, `icmp`, `icmpv6`, `all` (AWS `-1`), or another IP protocol number as text;
 * - `fromPort`/`toPort`: the port range for tcp/udp; 0–65535 for `all`; for icmp the ICMP type and
 *   code as AWS gives them; null where the source gives none.
 */
export const sgPermissionSchema = z.object({
  protocol: z.string(),
  fromPort: z.number().int().nullable(),
  toPort: z.number().int().nullable(),
  ipv4Ranges: z.array(z.string()),
  ipv6Ranges: z.array(z.string()),
  /** Other security groups the permission admits (or sends to). */
  securityGroups: z.array(
    z.object({
      groupId: z.string(),
      userId: z.string().nullable(),
      vpcId: z.string().nullable(),
    }),
  ),
  prefixListIds: z.array(z.string()),
});
export type SgPermission = z.infer<typeof sgPermissionSchema>;

export const securityGroup = defineAssetType({
  type: 'aws.ec2.security-group',
  provider: 'aws',
  title: 'EC2 security group',
  config: z.object({
    groupId: maybe(z.string()),
    groupName: maybe(z.string()),
    description: maybe(z.string().nullable()),
    /** Null for an EC2-Classic group. */
    vpcId: maybe(z.string().nullable()),
    ingress: maybe(z.array(sgPermissionSchema)),
    egress: maybe(z.array(sgPermissionSchema)),
  }),
});

export const ec2Instance = defineAssetType({
  type: 'aws.ec2.instance',
  provider: 'aws',
  title: 'EC2 instance',
  config: z.object({
    instanceId: maybe(z.string()),
    /** `pending`, `running`, `stopping`, `stopped`, `shutting-down`, `terminated`. */
    state: maybe(z.string()),
    instanceType: maybe(z.string()),
    /** Public IPv4 address; null when the instance has none. */
    publicIp: maybe(z.string().nullable()),
    privateIp: maybe(z.string().nullable()),
    /** Instance metadata service options. `httpTokens`: `required` (IMDSv2 only) or `optional`. */
    metadataOptions: maybe(
      z.object({
        httpTokens: maybe(z.string()),
        /** `enabled` or `disabled`. */
        httpEndpoint: maybe(z.string()),
        httpPutResponseHopLimit: maybe(z.number().int().nullable()),
      }),
    ),
    securityGroupIds: maybe(z.array(z.string())),
    subnetId: maybe(z.string().nullable()),
    vpcId: maybe(z.string().nullable()),
    /** ARN of the IAM instance profile; null when the instance has none. */
    iamInstanceProfileArn: maybe(z.string().nullable()),
    /** EC2 key pair name; null when the instance was launched without one. */
    keyName: maybe(z.string().nullable()),
    imageId: maybe(z.string()),
    /** Ids of the network interfaces attached to the instance. */
    networkInterfaceIds: maybe(z.array(z.string())),
    /** `hvm` or `paravirtual`. */
    virtualizationType: maybe(z.string()),
    /**
     * When the instance last changed state (ISO time), read from the state transition reason
     * (`User initiated (2026-01-01 12:00:00 GMT)`); null when the reason names no time.
     */
    stateTransitionTime: maybe(z.string().nullable()),
  }),
});

export const ec2Volume = defineAssetType({
  type: 'aws.ec2.volume',
  provider: 'aws',
  title: 'EBS volume',
  config: z.object({
    volumeId: maybe(z.string()),
    encrypted: maybe(z.boolean()),
    /** KMS key that encrypts the volume; null when unencrypted. */
    kmsKeyId: maybe(z.string().nullable()),
    /** `creating`, `available`, `in-use`, `deleting`, `deleted`, `error`. */
    state: maybe(z.string()),
    volumeType: maybe(z.string()),
    sizeGiB: maybe(z.number()),
    snapshotId: maybe(z.string().nullable()),
    attachments: maybe(
      z.array(
        z.object({
          instanceId: z.string(),
          device: z.string().nullable(),
          state: z.string().nullable(),
          deleteOnTermination: z.boolean().nullable(),
        }),
      ),
    ),
  }),
});

export const ec2Vpc = defineAssetType({
  type: 'aws.ec2.vpc',
  provider: 'aws',
  title: 'VPC',
  config: z.object({
    vpcId: maybe(z.string()),
    isDefault: maybe(z.boolean()),
    /** Primary IPv4 CIDR. */
    cidrBlock: maybe(z.string().nullable()),
    /** Every associated IPv4 CIDR, the primary included. */
    cidrBlocks: maybe(z.array(z.string())),
    ipv6CidrBlocks: maybe(z.array(z.string())),
    state: maybe(z.string()),
  }),
});

export const ec2FlowLog = defineAssetType({
  type: 'aws.ec2.flow-log',
  provider: 'aws',
  title: 'VPC flow log',
  config: z.object({
    flowLogId: maybe(z.string()),
    /** Id of the resource it logs: `vpc-…`, `subnet-…`, `eni-…`, `tgw-…`. */
    resourceId: maybe(z.string()),
    /** `ALL`, `ACCEPT` or `REJECT`; null for transit gateway flow logs, which have none. */
    trafficType: maybe(z.string().nullable()),
    /** `ACTIVE` when the flow log is working. */
    status: maybe(z.string()),
    /** `SUCCESS`, or the delivery problem (`FAILED`, ...); null when not reported. */
    deliverLogsStatus: maybe(z.string().nullable()),
    /** `cloud-watch-logs`, `s3` or `kinesis-data-firehose`. */
    destinationType: maybe(z.string()),
    /** Destination ARN, or the CloudWatch Logs group name when only that is given. */
    destination: maybe(z.string().nullable()),
  }),
});

export const ec2AssetTypes = [securityGroup, ec2Instance, ec2Volume, ec2Vpc, ec2FlowLog] as const;
