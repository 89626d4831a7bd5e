/** EC2 instances (with their root and data volumes), EBS volumes, EKS clusters and Lambda functions. */
import type { Relationship } from './records.js';
import { tagList, type RegionEstate } from './region.js';
import { base32, ec2Id, hex } from '../ids.js';

export function volume(
  r: RegionEstate,
  label: string,
  o: {
    sizeGiB: number;
    zone: number;
    kmsKeyArn: string | null;
    created: string;
    attachTo?: { instanceId: string; device: string };
    type?: string;
    tags: Record<string, string>;
  },
) {
  const volumeId = ec2Id('vol', r.seed(label));
  const az = r.az(o.zone);
  const relationships: Relationship[] = o.attachTo
    ? [
        {
          resourceType: 'AWS::EC2::Instance',
          resourceId: o.attachTo.instanceId,
          name: 'Is attached to Instance',
        },
      ]
    : [];
  r.push({
    resourceType: 'AWS::EC2::Volume',
    resourceId: volumeId,
    arn: r.ec2Arn('volume', volumeId),
    region: r.region,
    availabilityZone: az,
    createdAt: o.created,
    tags: o.tags,
    relationships,
    configuration: {
      attachments: o.attachTo
        ? [
            {
              attachTime: o.created,
              device: o.attachTo.device,
              instanceId: o.attachTo.instanceId,
              state: 'attached',
              volumeId,
              deleteOnTermination: o.attachTo.device === '/dev/xvda',
            },
          ]
        : [],
      availabilityZone: az,
      createTime: o.created,
      encrypted: o.kmsKeyArn !== null,
      ...(o.kmsKeyArn === null ? {} : { kmsKeyId: o.kmsKeyArn }),
      size: o.sizeGiB,
      snapshotId: o.attachTo?.device === '/dev/xvda' ? ec2Id('snap', r.seed(`ami/${label}`)) : '',
      state: o.attachTo ? 'in-use' : 'available',
      volumeId,
      iops: 3000,
      tags: tagList(o.tags),
      volumeType: o.type ?? 'gp3',
      multiAttachEnabled: false,
      throughput: 125,
    },
    supplementary: {},
  });
  return volumeId;
}

/**
 * The requester-managed network interface a service (RDS, a load balancer, EKS) creates in the VPC for
 * its security groups, as AWS Config records it.
 */
export function serviceEni(
  r: RegionEstate,
  label: string,
  o: { vpcId: string; subnetId?: string; sgIds: string[]; description: string; created: string },
) {
  const eni = ec2Id('eni', r.seed(`service/${label}`));
  r.push({
    resourceType: 'AWS::EC2::NetworkInterface',
    resourceId: eni,
    arn: r.ec2Arn('network-interface', eni),
    region: r.region,
    availabilityZone: r.az(0),
    createdAt: o.created,
    tags: {},
    relationships: o.sgIds.map((sg) => ({
      resourceType: 'AWS::EC2::SecurityGroup',
      resourceId: sg,
      name: 'Is associated with SecurityGroup',
    })),
    configuration: {
      networkInterfaceId: eni,
      description: o.description,
      interfaceType: 'interface',
      requesterManaged: true,
      status: 'in-use',
      vpcId: o.vpcId,
      subnetId: o.subnetId ?? null,
      groups: o.sgIds.map((g) => ({ groupId: g })),
      attachment: { deviceIndex: 1, status: 'attached', attachTime: o.created },
    },
    supplementary: {},
  });
  return eni;
}

export function instance(
  r: RegionEstate,
  label: string,
  o: {
    vpcId: string;
    /** The first two octets of the VPC's CIDR (`10.40`). */
    ipPrefix: string;
    subnetId: string;
    sgIds: string[];
    type: string;
    zone: number;
    created: string;
    imds: 'required' | 'optional';
    publicIp?: string;
    profileArn?: string;
    keyName?: string;
    state?: 'running' | 'stopped';
    platform?: 'windows';
    rootKmsKeyArn: string | null;
    rootSizeGiB?: number;
    data?: { label: string; sizeGiB: number; kmsKeyArn: string | null; device: string }[];
    tags: Record<string, string>;
  },
) {
  const instanceId = ec2Id('i', r.seed(label));
  const az = r.az(o.zone);
  const octets = hex(r.seed(`ip/${label}`), 4);
  const privateIp = `${o.ipPrefix}.${Number.parseInt(octets.slice(0, 2), 16) % 32}.${(Number.parseInt(octets.slice(2), 16) % 250) + 4}`;
  const eni = ec2Id('eni', r.seed(label));
  const root = volume(r, `${label}/root`, {
    sizeGiB: o.rootSizeGiB ?? (o.platform === 'windows' ? 100 : 30),
    zone: o.zone,
    kmsKeyArn: o.rootKmsKeyArn,
    created: o.created,
    attachTo: { instanceId, device: '/dev/xvda' },
    tags: o.tags,
  });
  const dataVolumes = (o.data ?? []).map((d) => ({
    device: d.device,
    id: volume(r, `${label}/${d.label}`, {
      sizeGiB: d.sizeGiB,
      zone: o.zone,
      kmsKeyArn: d.kmsKeyArn,
      created: o.created,
      attachTo: { instanceId, device: d.device },
      tags: o.tags,
    }),
  }));
  const state = o.state ?? 'running';
  const publicIp = state === 'running' ? (o.publicIp ?? null) : null;
  const profileId = `AIPA${base32(r.seed(`profile/${label}`), 17)}`;
  r.push({
    resourceType: 'AWS::EC2::Instance',
    resourceId: instanceId,
    arn: r.ec2Arn('instance', instanceId),
    region: r.region,
    availabilityZone: az,
    createdAt: o.created,
    tags: o.tags,
    relationships: [
      { resourceType: 'AWS::EC2::NetworkInterface', resourceId: eni, name: 'Contains NetworkInterface' },
      ...o.sgIds.map((sg) => ({
        resourceType: 'AWS::EC2::SecurityGroup',
        resourceId: sg,
        name: 'Is associated with SecurityGroup',
      })),
      { resourceType: 'AWS::EC2::Subnet', resourceId: o.subnetId, name: 'Is contained in Subnet' },
      { resourceType: 'AWS::EC2::Volume', resourceId: root, name: 'Is attached to Volume' },
      ...dataVolumes.map((d) => ({
        resourceType: 'AWS::EC2::Volume',
        resourceId: d.id,
        name: 'Is attached to Volume',
      })),
      { resourceType: 'AWS::EC2::VPC', resourceId: o.vpcId, name: 'Is contained in Vpc' },
    ],
    configuration: {
      amiLaunchIndex: 0,
      imageId: ec2Id('ami', `${o.platform ?? 'al2023'}/${r.region}`),
      instanceId,
      instanceType: o.type,
      kernelId: null,
      keyName: o.keyName ?? null,
      launchTime: o.created,
      monitoring: { state: 'disabled' },
      placement: { availabilityZone: az, groupName: '', tenancy: 'default' },
      platform: o.platform ?? null,
      privateDnsName: `ip-${privateIp.replace(/\./g, '-')}.${r.region}.compute.internal`,
      privateIpAddress: privateIp,
      productCodes: [],
      publicDnsName:
        publicIp === null ? '' : `ec2-${publicIp.replace(/\./g, '-')}.${r.region}.compute.amazonaws.com`,
      publicIpAddress: publicIp,
      state: state === 'running' ? { code: 16, name: 'running' } : { code: 80, name: 'stopped' },
      stateTransitionReason: state === 'running' ? '' : 'User initiated (2026-10-14 16:02:11 GMT)',
      subnetId: o.subnetId,
      vpcId: o.vpcId,
      architecture: o.type.startsWith('m7g') || o.type.startsWith('c7g') ? 'arm64' : 'x86_64',
      blockDeviceMappings: [
        {
          deviceName: '/dev/xvda',
          ebs: { attachTime: o.created, deleteOnTermination: true, status: 'attached', volumeId: root },
        },
        ...dataVolumes.map((d) => ({
          deviceName: d.device,
          ebs: { attachTime: o.created, deleteOnTermination: false, status: 'attached', volumeId: d.id },
        })),
      ],
      ebsOptimized: true,
      enaSupport: true,
      hypervisor: 'xen',
      iamInstanceProfile: o.profileArn === undefined ? null : { arn: o.profileArn, id: profileId },
      networkInterfaces: [
        {
          ...(publicIp === null ? {} : { association: { ipOwnerId: 'amazon', publicDnsName: '', publicIp } }),
          attachment: {
            attachTime: o.created,
            attachmentId: ec2Id('eni-attach', r.seed(label)),
            deleteOnTermination: true,
            deviceIndex: 0,
            status: 'attached',
            networkCardIndex: 0,
          },
          description: '',
          groups: o.sgIds.map((g) => ({ groupId: g })),
          macAddress: `0a:${hex(r.seed(`mac/${label}`), 10)
            .match(/../g)
            ?.join(':')}`,
          networkInterfaceId: eni,
          ownerId: r.account.id,
          privateIpAddress: privateIp,
          sourceDestCheck: true,
          status: 'in-use',
          subnetId: o.subnetId,
          vpcId: o.vpcId,
          interfaceType: 'interface',
        },
      ],
      rootDeviceName: '/dev/xvda',
      rootDeviceType: 'ebs',
      securityGroups: o.sgIds.map((g) => ({ groupId: g })),
      sourceDestCheck: true,
      tags: tagList(o.tags),
      virtualizationType: 'hvm',
      metadataOptions: {
        state: 'applied',
        httpTokens: o.imds,
        httpPutResponseHopLimit: o.imds === 'required' ? 2 : 1,
        httpEndpoint: 'enabled',
        httpProtocolIpv6: 'disabled',
        instanceMetadataTags: 'disabled',
      },
    },
    supplementary: {},
  });
  // The primary network interface is its own Config item (what shows a security group is in use).
  r.push({
    resourceType: 'AWS::EC2::NetworkInterface',
    resourceId: eni,
    arn: r.ec2Arn('network-interface', eni),
    region: r.region,
    availabilityZone: az,
    createdAt: o.created,
    tags: {},
    relationships: [
      { resourceType: 'AWS::EC2::Instance', resourceId: instanceId, name: 'Is attached to Instance' },
      ...o.sgIds.map((sg) => ({
        resourceType: 'AWS::EC2::SecurityGroup',
        resourceId: sg,
        name: 'Is associated with SecurityGroup',
      })),
    ],
    configuration: {
      networkInterfaceId: eni,
      interfaceType: 'interface',
      status: 'in-use',
      vpcId: o.vpcId,
      subnetId: o.subnetId,
      privateIpAddress: privateIp,
      groups: o.sgIds.map((g) => ({ groupId: g })),
      attachment: { instanceId, deviceIndex: 0, status: 'attached', attachTime: o.created },
    },
    supplementary: {},
  });
  // Instances with an instance profile run the SSM Agent with a role that lets Systems Manager manage them.
  if (o.profileArn !== undefined) {
    r.push({
      resourceType: 'AWS::SSM::ManagedInstanceInventory',
      resourceId: instanceId,
      arn: `arn:aws:ssm:${r.region}:${r.account.id}:managed-instance-inventory/${instanceId}`,
      region: r.region,
      availabilityZone: 'Not Applicable',
      createdAt: null,
      tags: {},
      relationships: [
        { resourceType: 'AWS::EC2::Instance', resourceId: instanceId, name: 'Is associated with Instance' },
      ],
      configuration: {
        'AWS:InstanceInformation': {
          SchemaVersion: '1.0',
          CaptureTime: o.created,
          Content: {
            [instanceId]: {
              AgentType: 'amazon-ssm-agent',
              InstanceId: instanceId,
              InstanceStatus: state === 'running' ? 'Active' : 'Stopped',
              PlatformType: o.platform === 'windows' ? 'Windows' : 'Linux',
              ResourceType: 'EC2Instance',
            },
          },
        },
      },
      supplementary: {},
    });
  }
  return instanceId;
}

export function eks(
  r: RegionEstate,
  name: string,
  o: {
    version: string;
    roleArn: string;
    subnetIds: string[];
    sgIds: string[];
    vpcId: string;
    publicAccess: boolean;
    publicCidrs: string[];
    logTypes: string[];
    secretsKeyArn: string | null;
    created: string;
    tags: Record<string, string>;
  },
) {
  const arn = `arn:aws:eks:${r.region}:${r.account.id}:cluster/${name}`;
  const endpointId = hex(r.seed(`eks/${name}`), 32).toUpperCase();
  r.push({
    resourceType: 'AWS::EKS::Cluster',
    resourceId: name,
    resourceName: name,
    arn,
    region: r.region,
    availabilityZone: 'Regional',
    createdAt: o.created,
    tags: o.tags,
    relationships: [
      { resourceType: 'AWS::EC2::VPC', resourceId: o.vpcId, name: 'Is contained in Vpc' },
      ...o.sgIds.map((sg) => ({
        resourceType: 'AWS::EC2::SecurityGroup',
        resourceId: sg,
        name: 'Is associated with SecurityGroup',
      })),
    ],
    configuration: {
      Arn: arn,
      Endpoint: `https://${endpointId}.gr7.${r.region}.eks.amazonaws.com`,
      Name: name,
      Version: o.version,
      RoleArn: o.roleArn,
      ClusterSecurityGroupId: ec2Id('sg', r.seed(`eks-cluster-sg/${name}`)),
      ResourcesVpcConfig: {
        SecurityGroupIds: o.sgIds,
        SubnetIds: o.subnetIds,
        EndpointPublicAccess: o.publicAccess,
        EndpointPrivateAccess: true,
        PublicAccessCidrs: o.publicAccess ? o.publicCidrs : ['0.0.0.0/0'],
      },
      KubernetesNetworkConfig: { ServiceIpv4Cidr: '172.20.0.0/16', IpFamily: 'ipv4' },
      ...(o.logTypes.length === 0
        ? {}
        : { Logging: { ClusterLogging: { EnabledTypes: o.logTypes.map((Type) => ({ Type })) } } }),
      ...(o.secretsKeyArn === null
        ? {}
        : { EncryptionConfig: [{ Resources: ['secrets'], Provider: { KeyArn: o.secretsKeyArn } }] }),
      AccessConfig: {
        AuthenticationMode: 'API_AND_CONFIG_MAP',
        BootstrapClusterCreatorAdminPermissions: true,
      },
      Tags: Object.entries(o.tags).map(([Key, Value]) => ({ Key, Value })),
    },
    supplementary: {},
  });
  // The cross-account ENIs EKS places in the cluster's subnets carry its security groups.
  serviceEni(r, `eks/${name}`, {
    vpcId: o.vpcId,
    subnetId: o.subnetIds[0],
    sgIds: [...o.sgIds, ec2Id('sg', r.seed(`eks-cluster-sg/${name}`))],
    description: `Amazon EKS ${name}`,
    created: o.created,
  });
  return arn;
}

export function lambda(
  r: RegionEstate,
  name: string,
  o: { runtime: string; roleArn: string; created: string; tags: Record<string, string> },
) {
  const arn = `arn:aws:lambda:${r.region}:${r.account.id}:function:${name}`;
  r.push({
    resourceType: 'AWS::Lambda::Function',
    resourceId: name,
    resourceName: name,
    arn,
    region: r.region,
    availabilityZone: 'Not Applicable',
    createdAt: o.created,
    tags: o.tags,
    relationships: [
      {
        resourceType: 'AWS::IAM::Role',
        resourceId: o.roleArn.slice(o.roleArn.lastIndexOf('/') + 1),
        resourceName: o.roleArn.slice(o.roleArn.lastIndexOf('/') + 1),
        name: 'Is associated with Role',
      },
    ],
    configuration: {
      functionName: name,
      functionArn: arn,
      runtime: o.runtime,
      role: o.roleArn,
      handler: 'index.handler',
      codeSize: 48213,
      timeout: 30,
      memorySize: 256,
      lastModified: o.created,
      version: '$LATEST',
      tracingConfig: { mode: 'PassThrough' },
      architectures: ['arm64'],
      packageType: 'Zip',
    },
    supplementary: { Tags: o.tags },
  });
  return arn;
}
