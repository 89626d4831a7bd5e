/**
 * More AWS services: aws_kms_key → aws.kms.key, aws_eks_cluster → aws.eks.cluster, aws_lb / aws_alb
 * → aws.elbv2.load-balancer, aws_lb_listener / aws_alb_listener → aws.elbv2.listener. Provider
 * defaults apply where an argument is absent; ids and ARNs assigned at apply are unknown, except that a
 * listener's load balancer of this configuration is named by that asset's uid.
 */
import type { ResourceInstance } from '../module.js';
import { isUnknownValue, plain, toStr, unknownValue, type Value } from '../value.js';
import { policyDocument } from './aws-iam.js';
import {
  boolField,
  displayName,
  numField,
  Reader,
  strField,
  strList,
  withUnread,
  type InstanceIndex,
  type MappedResource,
} from './types.js';

const mapped = (r: Reader, type: string, config: Record<string, unknown>, name: string): MappedResource => ({
  type,
  provider: 'aws',
  name,
  tags: r.tags(),
  config: withUnread(type, config),
  fields: r.fields,
});

export function mapKmsKey(inst: ResourceInstance): MappedResource {
  const r = new Reader(inst);
  const v = (n: string) => r.attr(n)?.value;
  const spec = strField(v('customer_master_key_spec') ?? v('key_spec'), 'SYMMETRIC_DEFAULT');
  const policy = r.attr('policy');
  const config = {
    keyId: unknownValue('known only after apply'),
    keyManager: 'CUSTOMER',
    keySpec: spec,
    keyUsage: strField(v('key_usage'), 'ENCRYPT_DECRYPT'),
    keyState: (() => {
      const enabled = boolField(v('is_enabled'), true);
      return isUnknownValue(enabled) ? enabled : enabled ? 'Enabled' : 'Disabled';
    })(),
    origin: strField(v('custom_key_store_id') === undefined ? undefined : 'AWS_CLOUDHSM', 'AWS_KMS'),
    multiRegion: boolField(v('multi_region'), false),
    rotationEnabled: boolField(v('enable_key_rotation'), false),
    // Without a policy argument AWS attaches the default key policy (the account root only).
    policy: policy === undefined ? null : policyDocument(policy.value),
  };
  r.mark('rotationEnabled', r.attr('enable_key_rotation')?.line);
  r.mark('keyState', r.attr('is_enabled')?.line);
  r.mark('policy', policy?.line);
  return mapped(r, 'aws.kms.key', config, displayName(r, 'description'));
}

const EKS_LOGS = new Set(['api', 'audit', 'authenticator', 'controllerManager', 'scheduler']);

export function mapEksCluster(inst: ResourceInstance): MappedResource {
  const r = new Reader(inst);
  const v = (n: string) => r.attr(n)?.value;
  const vpc = r.blocks('vpc_config')[0]?.body.attrs;
  const logs = strList(v('enabled_cluster_log_types'));
  const enc: Value[] = [];
  let encUnknown: Value | undefined = r.dynamicUnknown('encryption_config');
  for (const b of r.blocks('encryption_config')) {
    const res = strList(b.body.attrs.resources?.value);
    const key = b.body.blocks.provider?.[0]?.body.attrs.key_arn?.value;
    if (isUnknownValue(res)) encUnknown ??= res;
    else
      enc.push({
        resources: res,
        keyArn: key === undefined ? null : isUnknownValue(key) ? 'known after apply' : (toStr(key) ?? null),
      });
  }
  const config = {
    version: strField(v('version'), null) ?? unknownValue('the latest version at apply'),
    status: 'ACTIVE',
    endpointPublicAccess: boolField(vpc?.endpoint_public_access?.value, true),
    endpointPrivateAccess: boolField(vpc?.endpoint_private_access?.value, false),
    publicAccessCidrs: vpc?.public_access_cidrs ? strList(vpc.public_access_cidrs.value) : ['0.0.0.0/0'],
    enabledLogTypes: isUnknownValue(logs) ? logs : (logs as string[]).filter((l) => EKS_LOGS.has(l)),
    encryptionConfig: encUnknown ?? enc,
    securityGroupIds: strList(vpc?.security_group_ids?.value),
    subnetIds: strList(vpc?.subnet_ids?.value),
    vpcId: unknownValue('known only after apply'),
    roleArn: strField(v('role_arn'), null),
  };
  r.mark('endpointPublicAccess', vpc?.endpoint_public_access?.line ?? r.blocks('vpc_config')[0]?.line);
  r.mark('publicAccessCidrs', vpc?.public_access_cidrs?.line);
  r.mark('enabledLogTypes', r.attr('enabled_cluster_log_types')?.line);
  r.mark('encryptionConfig', r.blocks('encryption_config')[0]?.line);
  return mapped(r, 'aws.eks.cluster', config, displayName(r, 'name'));
}

export function mapLoadBalancer(inst: ResourceInstance): MappedResource {
  const r = new Reader(inst);
  const v = (n: string) => r.attr(n)?.value;
  const logs = r.blocks('access_logs')[0]?.body.attrs;
  const internal = boolField(v('internal'), false);
  const lbType = strField(v('load_balancer_type'), 'application');
  const logsOn = logs ? boolField(logs.enabled?.value, false) : false;
  const config = {
    scheme: isUnknownValue(internal) ? internal : internal ? 'internal' : 'internet-facing',
    lbType,
    dnsName: unknownValue('known only after apply'),
    vpcId: unknownValue('known only after apply'),
    securityGroupIds: strList(v('security_groups')),
    accessLogsEnabled: logsOn,
    accessLogsBucket:
      logs && logsOn === true
        ? isUnknownValue(logs.bucket?.value)
          ? 'known after apply'
          : strField(logs.bucket?.value, null)
        : null,
    // Only application load balancers have the attribute.
    dropInvalidHeaderFields:
      lbType === 'application' ? boolField(v('drop_invalid_header_fields'), false) : null,
    deletionProtection: boolField(v('enable_deletion_protection'), false),
  };
  r.mark('scheme', r.attr('internal')?.line);
  r.mark('accessLogsEnabled', logs?.enabled?.line ?? r.blocks('access_logs')[0]?.line);
  r.mark('dropInvalidHeaderFields', r.attr('drop_invalid_header_fields')?.line);
  r.mark('deletionProtection', r.attr('enable_deletion_protection')?.line);
  return mapped(r, 'aws.elbv2.load-balancer', config, displayName(r, 'name'));
}

function action(b: {
  body: {
    attrs: Record<string, { value: Value } | undefined>;
    blocks: Record<string, { body: { attrs: Record<string, { value: Value } | undefined> } }[]>;
  };
}): Value {
  const a = b.body.attrs;
  const type = a.type?.value;
  if (isUnknownValue(type)) return plain(type);
  const red = b.body.blocks.redirect?.[0]?.body.attrs;
  const s = (x: Value | undefined, d: string | null) => {
    const out = strField(x, d);
    return isUnknownValue(out) ? 'known after apply' : out;
  };
  return {
    type: toStr(type ?? '') ?? '',
    order: (() => {
      const o = numField(a.order?.value, null);
      return isUnknownValue(o) ? null : o;
    })(),
    targetGroupArn: a.target_group_arn === undefined ? null : s(a.target_group_arn.value, null),
    redirect: red
      ? {
          protocol: s(red.protocol?.value, '#{protocol}'),
          port: s(red.port?.value, '#{port}'),
          host: s(red.host?.value, '#{host}'),
          path: s(red.path?.value, '/#{path}'),
          query: s(red.query?.value, '#{query}'),
          statusCode: s(red.status_code?.value, null),
        }
      : null,
    fixedResponseStatusCode: (() => {
      const fixed = b.body.blocks.fixed_response?.[0]?.body.attrs.status_code?.value;
      return fixed === undefined ? null : s(fixed, null);
    })(),
  };
}

export function mapListener(inst: ResourceInstance, index: InstanceIndex): MappedResource {
  const r = new Reader(inst);
  const v = (n: string) => r.attr(n)?.value;
  const lbRef = v('load_balancer_arn');
  const lb = isUnknownValue(lbRef) && lbRef.$ref !== undefined ? index.get(lbRef.$ref) : undefined;
  const cert = v('certificate_arn');
  const actions = r.blocks('default_action').map(action);
  const port = numField(v('port'), null);
  const config = {
    protocol: strField(v('protocol'), 'HTTP'),
    port,
    sslPolicy: r.attr('ssl_policy')
      ? strField(v('ssl_policy'), null)
      : v('protocol') === 'HTTPS' || v('protocol') === 'TLS'
        ? 'ELBSecurityPolicy-2016-08'
        : null,
    loadBalancerArn: lb
      ? `${lb.file}#${lb.address}`
      : isUnknownValue(lbRef)
        ? plain(lbRef)
        : strField(lbRef, ''),
    defaultActions: actions.find((x) => isUnknownValue(x)) ?? r.dynamicUnknown('default_action') ?? actions,
    certificateArns: cert === undefined ? [] : isUnknownValue(cert) ? ['known after apply'] : strList(cert),
  };
  r.mark('protocol', r.attr('protocol')?.line);
  r.mark('sslPolicy', r.attr('ssl_policy')?.line);
  r.mark('defaultActions', r.blocks('default_action')[0]?.line);
  return mapped(r, 'aws.elbv2.listener', config, displayName(r));
}
