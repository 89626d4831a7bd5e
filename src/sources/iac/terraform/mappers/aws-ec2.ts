/**
 * AWS compute and network resources: aws_security_group (with aws_security_group_rule and
 * aws_vpc_security_group_ingress_rule/_egress_rule joined by reference), aws_ebs_volume, aws_instance.
 */
import type { ResourceInstance } from '../module.js';
import { containsUnknown, isUnknownValue, plain, toNum, toStr, unknownValue, type Value } from '../value.js';
import {
  boolField,
  displayName,
  numField,
  Reader,
  strField,
  strList,
  type InstanceIndex,
  type MappedResource,
} from './types.js';

const PROTOCOLS: Record<string, string> = {
  '-1': 'all',
  all: 'all',
  '6': 'tcp',
  '17': 'udp',
  '1': 'icmp',
  '58': 'icmpv6',
};

interface Perm {
  protocol: string;
  fromPort: number | null;
  toPort: number | null;
  ipv4Ranges: string[];
  ipv6Ranges: string[];
  securityGroups: { groupId: string; userId: string | null; vpcId: string | null }[];
  prefixListIds: string[];
}

/** One permission from Terraform attributes, or the unknown that stops it being read. */
function permission(
  attrs: Record<string, { value: Value }>,
  names: { protocol: string; v4: string; v6: string; sg: string },
): Perm | Value {
  const get = (n: string) => attrs[n]?.value;
  const proto = get(names.protocol);
  if (isUnknownValue(proto)) return plain(proto);
  const p = (toStr(proto ?? '-1') ?? '-1').toLowerCase();
  const from = get('from_port');
  const to = get('to_port');
  if (isUnknownValue(from)) return plain(from);
  if (isUnknownValue(to)) return plain(to);
  const v4 = strList(get(names.v4));
  const v6 = strList(get(names.v6));
  if (isUnknownValue(v4)) return v4;
  if (isUnknownValue(v6)) return v6;
  const sgs = strList(get(names.sg));
  const protocol = PROTOCOLS[p] ?? p;
  return {
    protocol,
    fromPort: protocol === 'all' ? 0 : (toNum(from ?? null) ?? null),
    toPort: protocol === 'all' ? 65535 : (toNum(to ?? null) ?? null),
    ipv4Ranges: v4 as string[],
    ipv6Ranges: v6 as string[],
    securityGroups: (Array.isArray(sgs) ? sgs : []).map((g) => ({
      groupId: toStr(g) ?? '',
      userId: null,
      vpcId: null,
    })),
    prefixListIds: (() => {
      const l = strList(get('prefix_list_ids') ?? get('prefix_list_id'));
      return Array.isArray(l) ? l.map((x) => toStr(x) ?? '') : [];
    })(),
  };
}

const CLASSIC = { protocol: 'protocol', v4: 'cidr_blocks', v6: 'ipv6_cidr_blocks', sg: 'security_groups' };
const SG_RULE = {
  protocol: 'protocol',
  v4: 'cidr_blocks',
  v6: 'ipv6_cidr_blocks',
  sg: 'source_security_group_id',
};
const VPC_RULE = {
  protocol: 'ip_protocol',
  v4: 'cidr_ipv4',
  v6: 'cidr_ipv6',
  sg: 'referenced_security_group_id',
};

/** The first unknown permission of a joined rule: the group's field points at the rule's unknown argument. */
function markUnknown(
  r: Reader,
  dir: string,
  rule: ResourceInstance,
  before: Value | undefined,
  p: Value,
): Value {
  if (before === undefined)
    r.mark(
      dir,
      Object.values(rule.body.attrs).find((a) => containsUnknown(a.value))?.line ?? rule.line,
      rule,
    );
  return p;
}

export function mapSecurityGroup(inst: ResourceInstance, index: InstanceIndex): MappedResource {
  const r = new Reader(inst);
  const config: Record<string, unknown> = {
    groupId: unknownValue('known only after apply'),
    groupName: strField(r.attr('name')?.value, inst.address),
    description: strField(r.attr('description')?.value, 'Managed by Terraform'),
    vpcId: r.attr('vpc_id') ? strField(r.attr('vpc_id')!.value, null) : null,
  };
  const joined: string[] = [];
  for (const dir of ['ingress', 'egress'] as const) {
    const perms: Perm[] = [];
    let unknown: Value | undefined = r.dynamicUnknown(dir);
    let line: number | undefined;
    for (const b of r.blocks(dir)) {
      const p = permission(b.body.attrs, CLASSIC);
      if (isUnknownValue(p)) unknown ??= p;
      else perms.push(p as Perm);
      // The line of the first world-open permission, else of the first permission.
      const open =
        !isUnknownValue(p) &&
        [...(p as Perm).ipv4Ranges, ...(p as Perm).ipv6Ranges].some((c) => c === '0.0.0.0/0' || c === '::/0');
      if (open && line === undefined)
        line = b.body.attrs.cidr_blocks?.line ?? b.body.attrs.ipv6_cidr_blocks?.line ?? b.line;
    }
    for (const rule of index.referring('aws_security_group_rule', 'security_group_id', inst, [])) {
      const type = rule.body.attrs.type?.value;
      if (type !== dir) continue;
      joined.push(rule.address);
      const p = permission(rule.body.attrs, SG_RULE);
      if (isUnknownValue(p)) unknown ??= markUnknown(r, dir, rule, unknown, p);
      else {
        perms.push(p as Perm);
        if (
          line === undefined &&
          (p as Perm).ipv4Ranges.concat((p as Perm).ipv6Ranges).some((c) => c === '0.0.0.0/0' || c === '::/0')
        )
          r.mark(dir, rule.body.attrs.cidr_blocks?.line ?? rule.line, rule);
      }
    }
    for (const rule of index.referring(`aws_vpc_security_group_${dir}_rule`, 'security_group_id', inst, [])) {
      joined.push(rule.address);
      const p = permission(rule.body.attrs, VPC_RULE);
      if (isUnknownValue(p)) unknown ??= markUnknown(r, dir, rule, unknown, p);
      else {
        perms.push(p as Perm);
        if (
          line === undefined &&
          (p as Perm).ipv4Ranges.concat((p as Perm).ipv6Ranges).some((c) => c === '0.0.0.0/0' || c === '::/0')
        )
          r.mark(dir, rule.body.attrs.cidr_ipv4?.line ?? rule.body.attrs.cidr_ipv6?.line ?? rule.line, rule);
      }
    }
    config[dir] = unknown ?? perms;
    if (!r.fields[dir]) r.mark(dir, line ?? r.blocks(dir)[0]?.line);
  }
  return {
    type: 'aws.ec2.security-group',
    provider: 'aws',
    name: displayName(r, 'name'),
    tags: r.tags(),
    config,
    fields: r.fields,
    joined,
  };
}

export function mapEbsVolume(inst: ResourceInstance): MappedResource {
  const r = new Reader(inst);
  const config = {
    volumeId: unknownValue('known only after apply'),
    encrypted: boolField(r.attr('encrypted')?.value, false),
    kmsKeyId: r.attr('kms_key_id')
      ? isUnknownValue(r.attr('kms_key_id')!.value)
        ? 'known after apply'
        : strField(r.attr('kms_key_id')!.value, null)
      : null,
    state: 'available',
    volumeType: strField(r.attr('type')?.value, 'gp2'),
    sizeGiB: numField(r.attr('size')?.value, 0),
    snapshotId: strField(r.attr('snapshot_id')?.value, null),
    attachments: [],
  };
  r.mark('encrypted', r.attr('encrypted')?.line);
  r.mark('kmsKeyId', r.attr('kms_key_id')?.line);
  return {
    type: 'aws.ec2.volume',
    provider: 'aws',
    name: displayName(r),
    tags: r.tags(),
    config,
    fields: r.fields,
  };
}

export function mapInstance(inst: ResourceInstance): MappedResource {
  const r = new Reader(inst);
  const md = r.blocks('metadata_options')[0];
  const pub = r.attr('associate_public_ip_address');
  const config = {
    instanceId: unknownValue('known only after apply'),
    state: 'running',
    instanceType: strField(r.attr('instance_type')?.value, ''),
    publicIp: pub
      ? isUnknownValue(pub.value)
        ? plain(pub.value)
        : pub.value === true
          ? 'assigned at launch'
          : null
      : unknownValue('whether a public IP is assigned depends on the subnet (map_public_ip_on_launch)'),
    privateIp: strField(r.attr('private_ip')?.value, null),
    metadataOptions: {
      httpTokens: strField(md?.body.attrs.http_tokens?.value, 'optional'),
      httpEndpoint: strField(md?.body.attrs.http_endpoint?.value, 'enabled'),
      httpPutResponseHopLimit: numField(md?.body.attrs.http_put_response_hop_limit?.value, 1),
    },
    securityGroupIds: strList(r.attr('vpc_security_group_ids')?.value ?? r.attr('security_groups')?.value),
    subnetId: strField(r.attr('subnet_id')?.value, null),
    vpcId: unknownValue('known only after apply'),
    iamInstanceProfileArn: strField(r.attr('iam_instance_profile')?.value, null),
    keyName: strField(r.attr('key_name')?.value, null),
    imageId: strField(r.attr('ami')?.value, ''),
  };
  r.mark('publicIp', pub?.line);
  r.mark('metadataOptions', md?.body.attrs.http_tokens?.line ?? md?.line);
  return {
    type: 'aws.ec2.instance',
    provider: 'aws',
    name: displayName(r),
    tags: r.tags(),
    config,
    fields: r.fields,
  };
}
