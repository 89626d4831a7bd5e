/**
 * The CIS AWS Foundations 7.0 monitoring checks (section 5.1–5.15), as data: the CloudTrail events each
 * one must catch, written as the filter pattern CIS recommends, plus the refinements a filter may add.
 * One rule per check is generated from this table (`monitoring-rule.ts`); Security Hub's former
 * CloudWatch.1–14 controls checked the same things, all at severity Low.
 */
import type { Severity } from '../../../model/severity.js';
import { requirementOf, type Requirement } from './filter-pattern.js';

export interface MonitoringCheck {
  /** Rule id suffix: `aws-cloudwatch-alarm-<slug>`. */
  slug: string;
  /** The CIS AWS 7.0 requirement it automates (manual in the benchmark). */
  cis: string;
  /** Security Hub's former control for the same check, if there was one. */
  securityHub?: string;
  /** What the alarm watches, as a noun phrase: "unauthorized API calls". */
  watches: string;
  /** Why it matters, a sentence or two. */
  why: string;
  severity: Severity;
  /** The pattern CIS recommends; a filter must catch every event it describes. */
  pattern: string;
  /** Terms a filter may add to the required ones without losing coverage (CIS's own noise filters). */
  optional?: string;
}

const eventNames = (names: string[]) => names.map((n) => `($.eventName = ${n})`).join(' || ');

export const MONITORING_CHECKS: readonly MonitoringCheck[] = [
  {
    slug: 'unauthorized-api-calls',
    cis: '5.1',
    securityHub: 'CloudWatch.2',
    watches: 'unauthorized API calls',
    why: 'Repeated access-denied errors are how a stolen credential probing for what it may do, or a broken deployment, first shows up.',
    severity: 'low',
    pattern: '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") }',
    optional: '{ ($.sourceIPAddress != "delivery.logs.amazonaws.com") && ($.eventName != "HeadBucket") }',
  },
  {
    slug: 'console-sign-in-without-mfa',
    cis: '5.2',
    securityHub: 'CloudWatch.3',
    watches: 'console sign-ins without MFA',
    why: 'A console sign-in without MFA is one password away from account takeover; knowing when it happens shows who still signs in that way.',
    severity: 'low',
    pattern: '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") }',
    optional: '{ ($.userIdentity.type = "IAMUser") && ($.responseElements.ConsoleLogin = "Success") }',
  },
  {
    slug: 'root-usage',
    cis: '5.3',
    securityHub: 'CloudWatch.1',
    watches: 'use of the root user',
    why: 'The root user can do anything in the account and cannot be restricted by IAM; any use of it should be rare and seen.',
    severity: 'low',
    pattern:
      '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }',
  },
  {
    slug: 'iam-policy-changes',
    cis: '5.4',
    securityHub: 'CloudWatch.4',
    watches: 'IAM policy changes',
    why: 'A changed IAM policy can grant an attacker (or a mistake) lasting access; alerting on changes keeps authorisation under watch.',
    severity: 'low',
    pattern: `{ ${eventNames([
      'DeleteGroupPolicy',
      'DeleteRolePolicy',
      'DeleteUserPolicy',
      'PutGroupPolicy',
      'PutRolePolicy',
      'PutUserPolicy',
      'CreatePolicy',
      'DeletePolicy',
      'CreatePolicyVersion',
      'DeletePolicyVersion',
      'AttachRolePolicy',
      'DetachRolePolicy',
      'AttachUserPolicy',
      'DetachUserPolicy',
      'AttachGroupPolicy',
      'DetachGroupPolicy',
    ])} }`,
  },
  {
    slug: 'cloudtrail-changes',
    cis: '5.5',
    securityHub: 'CloudWatch.5',
    watches: 'CloudTrail configuration changes',
    why: 'Stopping or changing a trail is how activity is hidden; an alert on it keeps the audit trail honest.',
    severity: 'low',
    pattern: `{ ${eventNames(['CreateTrail', 'UpdateTrail', 'DeleteTrail', 'StartLogging', 'StopLogging'])} }`,
  },
  {
    slug: 'console-auth-failures',
    cis: '5.6',
    securityHub: 'CloudWatch.6',
    watches: 'console authentication failures',
    why: 'Failed console sign-ins in numbers are a brute-force attempt in progress.',
    severity: 'low',
    pattern: '{ ($.eventName = ConsoleLogin) && ($.errorMessage = "Failed authentication") }',
  },
  {
    slug: 'kms-key-disable-or-deletion',
    cis: '5.7',
    securityHub: 'CloudWatch.7',
    watches: 'disabling or scheduled deletion of customer-managed KMS keys',
    why: 'Data encrypted under a disabled or deleted key becomes unreadable; catching it in the waiting period lets it be undone.',
    severity: 'low',
    pattern:
      '{ ($.eventSource = kms.amazonaws.com) && (($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion)) }',
  },
  {
    slug: 's3-bucket-policy-changes',
    cis: '5.8',
    securityHub: 'CloudWatch.8',
    watches: 'S3 bucket policy changes',
    why: 'A changed bucket policy, ACL or replication rule can open data to the world or copy it elsewhere.',
    severity: 'low',
    pattern: `{ ($.eventSource = s3.amazonaws.com) && (${eventNames([
      'PutBucketAcl',
      'PutBucketPolicy',
      'PutBucketCors',
      'PutBucketLifecycle',
      'PutBucketReplication',
      'DeleteBucketPolicy',
      'DeleteBucketCors',
      'DeleteBucketLifecycle',
      'DeleteBucketReplication',
    ])}) }`,
  },
  {
    slug: 'config-changes',
    cis: '5.9',
    securityHub: 'CloudWatch.9',
    watches: 'AWS Config configuration changes',
    why: 'Stopping the Config recorder or its delivery channel erases the configuration history investigations rely on.',
    severity: 'low',
    pattern: `{ ($.eventSource = config.amazonaws.com) && (${eventNames([
      'StopConfigurationRecorder',
      'DeleteDeliveryChannel',
      'PutDeliveryChannel',
      'PutConfigurationRecorder',
    ])}) }`,
  },
  {
    slug: 'security-group-changes',
    cis: '5.10',
    securityHub: 'CloudWatch.10',
    watches: 'security group changes',
    why: 'A security group change can expose instances to the internet; alerting on changes catches it when it happens.',
    severity: 'low',
    pattern: `{ ${eventNames([
      'AuthorizeSecurityGroupIngress',
      'AuthorizeSecurityGroupEgress',
      'RevokeSecurityGroupIngress',
      'RevokeSecurityGroupEgress',
      'CreateSecurityGroup',
      'DeleteSecurityGroup',
    ])} }`,
  },
  {
    slug: 'network-acl-changes',
    cis: '5.11',
    securityHub: 'CloudWatch.11',
    watches: 'network ACL changes',
    why: 'Network ACLs are the subnet-level filter; a changed entry can open or cut off whole subnets.',
    severity: 'low',
    pattern: `{ ${eventNames([
      'CreateNetworkAcl',
      'CreateNetworkAclEntry',
      'DeleteNetworkAcl',
      'DeleteNetworkAclEntry',
      'ReplaceNetworkAclEntry',
      'ReplaceNetworkAclAssociation',
    ])} }`,
  },
  {
    slug: 'network-gateway-changes',
    cis: '5.12',
    securityHub: 'CloudWatch.12',
    watches: 'network gateway changes',
    why: 'Internet and customer gateways are the doors of a VPC; a new or moved gateway changes what traffic can leave or enter.',
    severity: 'low',
    pattern: `{ ${eventNames([
      'CreateCustomerGateway',
      'DeleteCustomerGateway',
      'AttachInternetGateway',
      'CreateInternetGateway',
      'DeleteInternetGateway',
      'DetachInternetGateway',
    ])} }`,
  },
  {
    slug: 'route-table-changes',
    cis: '5.13',
    securityHub: 'CloudWatch.13',
    watches: 'route table changes',
    why: 'A changed route can send traffic through a host an attacker controls, or out of the network.',
    severity: 'low',
    pattern: `{ ($.eventSource = ec2.amazonaws.com) && (${eventNames([
      'CreateRoute',
      'CreateRouteTable',
      'ReplaceRoute',
      'ReplaceRouteTableAssociation',
      'DeleteRouteTable',
      'DeleteRoute',
      'DisassociateRouteTable',
    ])}) }`,
  },
  {
    slug: 'vpc-changes',
    cis: '5.14',
    securityHub: 'CloudWatch.14',
    watches: 'VPC changes',
    why: 'New VPCs, peering connections and ClassicLink changes alter which networks can reach each other.',
    severity: 'low',
    pattern: `{ ${eventNames([
      'CreateVpc',
      'DeleteVpc',
      'ModifyVpcAttribute',
      'AcceptVpcPeeringConnection',
      'CreateVpcPeeringConnection',
      'DeleteVpcPeeringConnection',
      'RejectVpcPeeringConnection',
      'AttachClassicLinkVpc',
      'DetachClassicLinkVpc',
      'DisableVpcClassicLink',
      'EnableVpcClassicLink',
    ])} }`,
  },
  {
    slug: 'organizations-changes',
    cis: '5.15',
    watches: 'AWS Organizations changes',
    why: 'Changes to the organisation (accounts joining or leaving, policies attached or detached) change the guardrails of every account in it.',
    severity: 'low',
    pattern: `{ ($.eventSource = organizations.amazonaws.com) && (${eventNames([
      'AcceptHandshake',
      'AttachPolicy',
      'CreateAccount',
      'CreateOrganizationalUnit',
      'CreatePolicy',
      'DeclineHandshake',
      'DeleteOrganization',
      'DeleteOrganizationalUnit',
      'DeletePolicy',
      'DetachPolicy',
      'DisablePolicyType',
      'EnablePolicyType',
      'InviteAccountToOrganization',
      'LeaveOrganization',
      'MoveAccount',
      'RemoveAccountFromOrganization',
      'UpdatePolicy',
      'UpdateOrganizationalUnit',
    ])}) }`,
  },
];

/** The check with this slug; throws on a typo so a rule file cannot name a check that does not exist. */
export function monitoringCheck(slug: string): MonitoringCheck & { requirement: Requirement } {
  const check = MONITORING_CHECKS.find((c) => c.slug === slug);
  if (check === undefined) throw new Error(`no CIS monitoring check ${slug}`);
  return { ...check, requirement: requirementOf(check.pattern, check.optional) };
}
