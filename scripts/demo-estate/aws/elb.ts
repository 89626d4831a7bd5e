/** Application and Network Load Balancers (attributes as supplementary configuration) and their listeners. */
import { serviceEni } from './compute.js';
import type { RegionEstate } from './region.js';
import { hex, uuid } from '../ids.js';

export function loadBalancer(
  r: RegionEstate,
  name: string,
  o: {
    type: 'application' | 'network';
    scheme: 'internet-facing' | 'internal';
    vpcId: string;
    subnetIds: string[];
    sgIds: string[];
    accessLogsBucket: string | null;
    deletionProtection: boolean;
    dropInvalidHeaders: boolean;
    created: string;
    tags: Record<string, string>;
  },
) {
  const kind = o.type === 'application' ? 'app' : 'net';
  const arn = `arn:aws:elasticloadbalancing:${r.region}:${r.account.id}:loadbalancer/${kind}/${name}/${hex(r.seed(`lb/${name}`), 16)}`;
  const attributes: [string, string][] = [
    ['access_logs.s3.enabled', String(o.accessLogsBucket !== null)],
    ['access_logs.s3.bucket', o.accessLogsBucket ?? ''],
    ['access_logs.s3.prefix', o.accessLogsBucket === null ? '' : name],
    ['deletion_protection.enabled', String(o.deletionProtection)],
    ['load_balancing.cross_zone.enabled', o.type === 'application' ? 'true' : 'false'],
    ...(o.type === 'application'
      ? ([
          ['idle_timeout.timeout_seconds', '60'],
          ['routing.http.drop_invalid_header_fields.enabled', String(o.dropInvalidHeaders)],
          ['routing.http.desync_mitigation_mode', 'defensive'],
          ['routing.http2.enabled', 'true'],
        ] as [string, string][])
      : []),
  ];
  const dnsPrefix = o.scheme === 'internal' ? 'internal-' : '';
  r.push({
    resourceType: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
    resourceId: arn,
    resourceName: name,
    arn,
    region: r.region,
    availabilityZone: 'Multiple Availability Zones',
    createdAt: o.created,
    tags: o.tags,
    relationships: [
      ...o.subnetIds.map((s) => ({
        resourceType: 'AWS::EC2::Subnet',
        resourceId: s,
        name: 'Is attached to Subnet',
      })),
      ...o.sgIds.map((sg) => ({
        resourceType: 'AWS::EC2::SecurityGroup',
        resourceId: sg,
        name: 'Is associated with SecurityGroup',
      })),
      { resourceType: 'AWS::EC2::VPC', resourceId: o.vpcId, name: 'Is contained in Vpc' },
    ],
    configuration: {
      loadBalancerArn: arn,
      dNSName: `${dnsPrefix}${name}-${Number.parseInt(hex(r.seed(`dns/${name}`), 8), 16)}.${r.region}.elb.amazonaws.com`,
      canonicalHostedZoneId: 'Z32O12XQLNTSW2',
      createdTime: o.created,
      loadBalancerName: name,
      scheme: o.scheme,
      vpcId: o.vpcId,
      state: { code: 'active', reason: null },
      type: o.type,
      availabilityZones: o.subnetIds.map((s, i) => ({
        zoneName: r.az(i),
        subnetId: s,
        loadBalancerAddresses: [],
      })),
      ...(o.type === 'application' ? { securityGroups: o.sgIds } : {}),
      ipAddressType: 'ipv4',
    },
    supplementary: {
      LoadBalancerAttributes: attributes.map(([key, value]) => ({ key, value })),
      Tags: Object.entries(o.tags).map(([key, value]) => ({ key, value })),
    },
  });
  if (o.sgIds.length > 0)
    serviceEni(r, `elb/${name}`, {
      vpcId: o.vpcId,
      subnetId: o.subnetIds[0],
      sgIds: o.sgIds,
      description: `ELB ${kind}/${name}/${hex(r.seed(`lb/${name}`), 16)}`,
      created: o.created,
    });
  return arn;
}

export function listener(
  r: RegionEstate,
  lbArn: string,
  o: {
    protocol: 'HTTP' | 'HTTPS' | 'TLS' | 'TCP';
    port: number;
    sslPolicy?: string;
    certificate?: string;
    action: 'forward' | 'redirect-https';
    targetGroup?: string;
    tags: Record<string, string>;
  },
) {
  const lbPath = lbArn.slice(lbArn.indexOf(':loadbalancer/') + ':loadbalancer/'.length);
  const arn = `arn:aws:elasticloadbalancing:${r.region}:${r.account.id}:listener/${lbPath}/${hex(r.seed(`listener/${lbPath}/${o.port}`), 16)}`;
  const tgArn =
    o.targetGroup === undefined
      ? undefined
      : `arn:aws:elasticloadbalancing:${r.region}:${r.account.id}:targetgroup/${o.targetGroup}/${hex(r.seed(`tg/${o.targetGroup}`), 16)}`;
  const action =
    o.action === 'redirect-https'
      ? {
          Type: 'redirect',
          Order: 1,
          RedirectConfig: {
            Protocol: 'HTTPS',
            Port: '443',
            Host: '#{host}',
            Path: '/#{path}',
            Query: '#{query}',
            StatusCode: 'HTTP_301',
          },
        }
      : {
          Type: 'forward',
          Order: 1,
          TargetGroupArn: tgArn,
          ForwardConfig: {
            TargetGroups: [{ TargetGroupArn: tgArn, Weight: 1 }],
            TargetGroupStickinessConfig: { Enabled: false },
          },
        };
  r.push({
    resourceType: 'AWS::ElasticLoadBalancingV2::Listener',
    resourceId: arn,
    arn,
    region: r.region,
    availabilityZone: 'Not Applicable',
    createdAt: null,
    tags: o.tags,
    relationships: [],
    configuration: {
      ListenerArn: arn,
      LoadBalancerArn: lbArn,
      Port: o.port,
      Protocol: o.protocol,
      ...(o.sslPolicy === undefined ? {} : { SslPolicy: o.sslPolicy }),
      ...(o.certificate === undefined
        ? {}
        : {
            Certificates: [
              {
                CertificateArn: `arn:aws:acm:${r.region}:${r.account.id}:certificate/${uuid(r.seed(`cert/${o.certificate}`))}`,
              },
            ],
          }),
      DefaultActions: [action],
    },
    supplementary: {},
  });
  return arn;
}
