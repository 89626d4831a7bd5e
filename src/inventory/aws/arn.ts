/**
 * ARNs for resources whose sources give only an id (EC2 security groups, instances, VPCs...). Relations
 * point at uids, and an AWS uid is the ARN, so every source must build the same ARN for the same id.
 */

/** The partition of an ARN (`aws`, `aws-cn`, `aws-us-gov`); `aws` when there is no ARN to read it from. */
export function partitionOf(arn: string | undefined): string {
  const m = arn === undefined ? null : /^arn:([a-z-]+):/.exec(arn);
  return m?.[1] ?? 'aws';
}

/** EC2 resource types as they appear in ARNs, keyed by the id prefix AWS gives them. */
const EC2_ID_PREFIXES: Record<string, string> = {
  sg: 'security-group',
  i: 'instance',
  vol: 'volume',
  vpc: 'vpc',
  subnet: 'subnet',
  eni: 'network-interface',
  fl: 'vpc-flow-log',
  tgw: 'transit-gateway',
  'tgw-attach': 'transit-gateway-attachment',
  ami: 'image',
  snap: 'snapshot',
};

/**
 * The ARN of an EC2 resource.
 * @example ec2Arn({ region: 'us-east-1', account: '111122223333' }, 'security-group', 'sg-1')
 * // 'arn:aws:ec2:us-east-1:111122223333:security-group/sg-1'
 */
export function ec2Arn(
  scope: { region: string; account: string; partition?: string },
  resourceType: string,
  id: string,
): string {
  return `arn:${scope.partition ?? 'aws'}:ec2:${scope.region}:${scope.account}:${resourceType}/${id}`;
}

/**
 * The EC2 ARN resource type an id names, from its prefix (`vpc-1` → `vpc`, `eni-1` →
 * `network-interface`); undefined for an id whose prefix is not an EC2 resource Parapet knows.
 */
export function ec2ResourceTypeOfId(id: string): string | undefined {
  const m = /^([a-z]+(?:-attach)?)-[0-9a-z]+$/.exec(id);
  return m?.[1] === undefined ? undefined : EC2_ID_PREFIXES[m[1]];
}

/** The ARN of the EC2 resource an id names, when its prefix says which type it is. */
export function ec2ArnOfId(
  scope: { region: string; account: string; partition?: string },
  id: string,
): string | undefined {
  const type = ec2ResourceTypeOfId(id);
  return type === undefined ? undefined : ec2Arn(scope, type, id);
}

/** True for a KMS key ARN (not an alias ARN, not a bare key id). */
export function isKmsKeyArn(v: string | null | undefined): v is string {
  return typeof v === 'string' && /^arn:[a-z-]+:kms:[^:]*:\d{12}:key\//.test(v);
}
