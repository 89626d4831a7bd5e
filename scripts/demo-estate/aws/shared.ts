/**
 * What the AWS accounts of the demo share: the export shapes, AWS managed policy ARNs, common CIDRs,
 * the role AWS Organizations creates in every member account, and IAM users described once for both
 * AWS Config and the credential report.
 */
import { iamRole, iamUser } from './identity.js';
import type { ItemSpec } from './records.js';
import { awsTags, policyDoc, type RegionEstate } from './region.js';
import type { CredentialSpec, ReportRoot, ReportUser } from './credentials.js';
import { AWS_MANAGEMENT_ACCOUNT, TEAMS, type AwsAccount } from '../company.js';

export interface AwsRegionExport {
  account: AwsAccount;
  region: string;
  items: ItemSpec[];
}

export interface AwsCredentialReport {
  account: AwsAccount;
  root: ReportRoot;
  users: ReportUser[];
}

export const MANAGED = (name: string) => `arn:aws:iam::aws:policy/${name}`;
export const ADMIN = MANAGED('AdministratorAccess');
export const SSM_CORE = MANAGED('AmazonSSMManagedInstanceCore');

export const WORLD = ['0.0.0.0/0'];
export const WORLD6 = ['::/0'];
/** Head office egress range (documentation range standing in for the real one). */
export const OFFICE = '198.51.100.0/24';

export const trustService = (service: string): unknown =>
  policyDoc([{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }]);

/** OrganizationAccountAccessRole, as AWS Organizations creates it in every member account. */
export function organizationAccessRole(r: RegionEstate, created: string) {
  return iamRole(r, 'OrganizationAccountAccessRole', {
    created,
    trust: policyDoc([
      {
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${AWS_MANAGEMENT_ACCOUNT}:root` },
        Action: 'sts:AssumeRole',
      },
    ]),
    attached: [ADMIN],
    lastUsed: '2026-11-03T10:12:00.000Z',
    tags: awsTags({ owner: TEAMS.platform, env: r.account.env, data: 'internal' }),
  });
}

/** IAM users for both sources: AWS Config (permissions) and the credential report (credentials). */
export interface UserSpec extends CredentialSpec {
  name: string;
  path?: string;
  created: string;
  groups: string[];
  attached: string[];
  inline?: { name: string; document: unknown }[];
  tags: Record<string, string>;
}

export function addUsers(r: RegionEstate, users: UserSpec[]): ReportUser[] {
  return users.map((u) => {
    iamUser(r, u.name, u);
    return { ...u, path: u.path ?? '/' };
  });
}

/** One account's exports: AWS Config items per region and the credential report. */
export interface AccountExports {
  regions: AwsRegionExport[];
  report: AwsCredentialReport;
}
