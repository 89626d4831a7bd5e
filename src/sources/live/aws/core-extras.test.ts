/**
 * Live collection of the EC2 and S3 resources added for FSBP EC2.1, EC2.21, EC2.23, EC2.25, S3.19 and
 * CIS 6.2 (snapshots, launch templates, transit gateways, network ACLs, access points) and of the
 * account posture fields (root virtual MFA, GuardDuty protection plans, security contact), with the
 * real SDK clients against the loopback replay server: the live scan judges these resources as
 * importing the equivalent AWS Config snapshot does; what Config does not record (EBS snapshots,
 * account posture) is judged live only, and is unknown on import.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACCOUNT, REGION } from './testing/estate.js';
import { importScan, liveScan, type ScanFinding } from './testing/live-scan.js';
import type { Recording } from './testing/replay-server.js';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'core-extras-config-snapshot.json');

/** The same resources as the Config fixture, as the EC2 and S3 Control APIs return them. */
const EXTRAS: Recording[] = [
  {
    service: 'ec2',
    operation: 'DescribeSnapshots',
    region: REGION,
    output: {
      Snapshots: [
        {
          SnapshotId: 'snap-0e9',
          VolumeId: 'vol-0e1',
          State: 'completed',
          Encrypted: false,
          OwnerId: ACCOUNT,
        },
      ],
    },
  },
  {
    service: 'ec2',
    operation: 'DescribeSnapshotAttribute',
    region: REGION,
    output: { SnapshotId: 'snap-0e9', CreateVolumePermissions: [{ Group: 'all' }] },
  },
  {
    service: 'ec2',
    operation: 'DescribeLaunchTemplates',
    region: REGION,
    output: {
      LaunchTemplates: [
        {
          LaunchTemplateId: 'lt-0e9',
          LaunchTemplateName: 'public-web',
          DefaultVersionNumber: 1,
          LatestVersionNumber: 1,
        },
      ],
    },
  },
  {
    service: 'ec2',
    operation: 'DescribeLaunchTemplateVersions',
    region: REGION,
    output: {
      LaunchTemplateVersions: [
        {
          LaunchTemplateId: 'lt-0e9',
          VersionNumber: 1,
          DefaultVersion: true,
          LaunchTemplateData: {
            ImageId: 'ami-0e1',
            NetworkInterfaces: [{ DeviceIndex: 0, AssociatePublicIpAddress: true }],
          },
        },
      ],
    },
  },
  {
    service: 'ec2',
    operation: 'DescribeTransitGateways',
    region: REGION,
    output: {
      TransitGateways: [
        {
          TransitGatewayId: 'tgw-0e9',
          TransitGatewayArn: `arn:aws:ec2:${REGION}:${ACCOUNT}:transit-gateway/tgw-0e9`,
          State: 'available',
          OwnerId: ACCOUNT,
          Options: { AutoAcceptSharedAttachments: 'enable', DefaultRouteTableAssociation: 'enable' },
        },
      ],
    },
  },
  {
    service: 'ec2',
    operation: 'DescribeNetworkAcls',
    region: REGION,
    output: {
      NetworkAcls: [
        {
          NetworkAclId: 'acl-0e9',
          VpcId: 'vpc-0e1',
          IsDefault: true,
          OwnerId: ACCOUNT,
          Associations: [
            { NetworkAclAssociationId: 'aclassoc-1', NetworkAclId: 'acl-0e9', SubnetId: 'subnet-0e1' },
          ],
          Entries: [
            { CidrBlock: '0.0.0.0/0', Egress: false, Protocol: '-1', RuleAction: 'allow', RuleNumber: 100 },
            { CidrBlock: '0.0.0.0/0', Egress: false, Protocol: '-1', RuleAction: 'deny', RuleNumber: 32767 },
          ],
        },
      ],
    },
  },
  {
    service: 's3-control',
    operation: 'ListAccessPoints',
    region: REGION,
    output: { AccessPointList: [{ Name: 'open-ap', Bucket: 'nw-data', NetworkOrigin: 'Internet' }] },
  },
  {
    service: 's3-control',
    operation: 'GetAccessPoint',
    region: REGION,
    when: (p) => p.Name === 'open-ap',
    output: {
      Name: 'open-ap',
      Bucket: 'nw-data',
      BucketAccountId: ACCOUNT,
      NetworkOrigin: 'Internet',
      AccessPointArn: `arn:aws:s3:${REGION}:${ACCOUNT}:accesspoint/open-ap`,
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        IgnorePublicAcls: true,
        BlockPublicPolicy: false,
        RestrictPublicBuckets: false,
      },
    },
  },
];

const RULES = [
  'aws-ec2-launch-template-no-public-ip',
  'aws-ec2-transit-gateway-auto-accept-disabled',
  'aws-ec2-network-acl-no-public-admin-ports',
  'aws-s3-access-point-public-access-blocked',
];
const LIVE_ONLY = [
  'aws-ec2-snapshot-not-public',
  'aws-iam-root-hardware-mfa-enabled',
  'aws-guardduty-rds-protection-enabled',
  'aws-guardduty-s3-protection-enabled',
  'aws-account-security-contact-registered',
];

describe('live collection of snapshots, launch templates, transit gateways, network ACLs, access points', () => {
  it('judges them as importing the equivalent AWS Config snapshot does', async () => {
    const fromImport = (await importScan(FIXTURE)).doc.findings.filter((f) => RULES.includes(f.ruleId));
    const live = await liveScan(EXTRAS);
    expect(live.server.unmatched).toEqual([]);
    const liveFindings = live.doc.findings;
    const summary = (fs: ScanFinding[]) =>
      fs
        .map((f) => ({ rule: f.ruleId, uid: f.resource.uid, status: f.status, message: f.message }))
        .sort((a, b) => (a.rule + a.uid < b.rule + b.uid ? -1 : 1));
    // All four fail on import, and the live scan gives the same findings with the same messages.
    expect(fromImport.map((f) => f.status)).toEqual(['fail', 'fail', 'fail', 'fail']);
    expect(summary(liveFindings.filter((f) => fromImport.some((i) => i.id === f.id)))).toEqual(
      summary(fromImport),
    );
    // The live-only resources: the public snapshot fails; the estate's detector lacks RDS Protection (S3 Protection is on)
    // and it has no security contact.
    const byRule = (id: string) => liveFindings.filter((f) => f.ruleId === id);
    expect(byRule('aws-ec2-snapshot-not-public').map((f) => [f.resource.uid, f.status])).toEqual([
      [`arn:aws:ec2:${REGION}:${ACCOUNT}:snapshot/snap-0e9`, 'fail'],
    ]);
    // (The estate's credential report says the root user has no MFA at all: that fails first.)
    expect(byRule('aws-iam-root-hardware-mfa-enabled')[0]?.status).toBe('fail');
    expect(byRule('aws-guardduty-rds-protection-enabled')[0]?.status).toBe('fail');
    expect(byRule('aws-guardduty-s3-protection-enabled')[0]?.status).toBe('pass');
    expect(byRule('aws-account-security-contact-registered')[0]?.status).toBe('fail');
    // Only the network ACL with SSH/RDP open fails: the live scan saw no other ACL.
    expect(byRule('aws-ec2-network-acl-no-public-admin-ports')).toHaveLength(1);
  });

  it('records a denied snapshot attribute as a gap, not a pass', async () => {
    const { doc } = await liveScan([
      {
        service: 'ec2',
        operation: 'DescribeSnapshotAttribute',
        region: REGION,
        error: { status: 403, code: 'UnauthorizedOperation', message: 'You are not authorized' },
      },
      ...EXTRAS,
    ]);
    const snap = doc.findings.find((f) => f.ruleId === 'aws-ec2-snapshot-not-public');
    expect(snap?.status).toBe('error');
    expect(doc.scan.coverage.unassessed).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ruleId: 'aws-ec2-snapshot-not-public', field: 'public' }),
      ]),
    );
  });

  it('leaves the account posture Config does not record unknown on import', async () => {
    const { doc } = await importScan(FIXTURE);
    for (const id of LIVE_ONLY.slice(1))
      expect(doc.findings.find((f) => f.ruleId === id)?.status, id).toBe('error');
    expect(doc.findings.some((f) => f.ruleId === 'aws-ec2-snapshot-not-public')).toBe(false);
  });
});
