/**
 * IAM (global, once per account): users, roles and customer managed policies from
 * GetAccountAuthorizationDetails — the very call AWS Config's IAM records follow, so they map as
 * AWS::IAM::* items — plus what Config lacks: the credential report (users' and the root user's
 * passwords, MFA, access keys, last use; parsed by the credential-report importer's row reader) and
 * the account password policy.
 */
import {
  GenerateCredentialReportCommand,
  GetAccountPasswordPolicyCommand,
  GetCredentialReportCommand,
  IAMClient,
  paginateGetAccountAuthorizationDetails,
  type GetAccountAuthorizationDetailsCommandOutput,
} from '@aws-sdk/client-iam';
import { parse } from 'csv-parse/sync';
import type { AssetCandidate } from '../../../../inventory/build.js';
import type { PasswordPolicy } from '../../../../inventory/aws/account.js';
import { candidateOfRow, ROOT_USER } from '../../../import/aws-credential-report/report.js';
import type { RegionScope } from '../scope.js';
import { configRecord, tagMap } from '../shape.js';

const iam = (s: RegionScope) => s.client('iam', (c) => new IAMClient(c));

type Details = Pick<
  GetAccountAuthorizationDetailsCommandOutput,
  'UserDetailList' | 'RoleDetailList' | 'Policies'
>;

/** Users, roles and customer managed policies; true when all were listed. */
export async function collectIam(s: RegionScope): Promise<boolean> {
  const o = await s.call('iam', 'GetAccountAuthorizationDetails', async () => {
    const acc: Required<Details> = { UserDetailList: [], RoleDetailList: [], Policies: [] };
    for await (const page of paginateGetAccountAuthorizationDetails(
      { client: iam(s) },
      { Filter: ['User', 'Role', 'LocalManagedPolicy'] },
    )) {
      acc.UserDetailList.push(...(page.UserDetailList ?? []));
      acc.RoleDetailList.push(...(page.RoleDetailList ?? []));
      acc.Policies.push(...(page.Policies ?? []));
    }
    return acc;
  });
  if (!o.ok) return false;
  for (const u of o.value.UserDetailList) {
    s.item({
      resourceType: 'AWS::IAM::User',
      resourceId: u.UserId ?? u.UserName ?? '',
      resourceName: u.UserName ?? '',
      arn: u.Arn ?? '',
      awsRegion: 'global',
      tags: tagMap(u.Tags),
      configuration: configRecord({ ...u, GroupList: u.GroupList ?? [] }),
    });
  }
  for (const r of o.value.RoleDetailList) {
    s.item(
      {
        resourceType: 'AWS::IAM::Role',
        resourceId: r.RoleId ?? r.RoleName ?? '',
        resourceName: r.RoleName ?? '',
        arn: r.Arn ?? '',
        awsRegion: 'global',
        tags: tagMap(r.Tags),
        configuration: configRecord(r),
      },
      {
        // GetAccountAuthorizationDetails has no MaxSessionDuration; a GetRole per role is not worth it.
        maxSessionDurationSeconds:
          'the live scan reads roles with iam:GetAccountAuthorizationDetails, which has no maximum session duration',
      },
    );
  }
  for (const p of o.value.Policies) {
    s.item({
      resourceType: 'AWS::IAM::Policy',
      resourceId: p.PolicyId ?? p.PolicyName ?? '',
      resourceName: p.PolicyName ?? '',
      arn: p.Arn ?? '',
      awsRegion: 'global',
      configuration: configRecord(p),
    });
  }
  return true;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The credential report: user candidates (merged with the users above by ARN) and the root user's
 * fields for the account, or the reason it could not be read.
 */
export async function credentialReport(
  s: RegionScope,
  now: Date,
): Promise<{ users: AssetCandidate[]; root: Record<string, unknown> | undefined } | { reason: string }> {
  // The report is built asynchronously: ask, then poll until it is COMPLETE (a few seconds at most).
  for (let attempt = 0; attempt < 10; attempt++) {
    const gen = await s.call('iam', 'GenerateCredentialReport', () =>
      iam(s).send(new GenerateCredentialReportCommand({})),
    );
    if (!gen.ok) return { reason: gen.reason };
    if (gen.value.State === 'COMPLETE') break;
    await sleep(Math.min(2000, 200 * 2 ** attempt));
  }
  const got = await s.call('iam', 'GetCredentialReport', () =>
    iam(s).send(new GetCredentialReportCommand({})),
  );
  if (!got.ok) return { reason: got.reason };
  const csv = Buffer.from(got.value.Content ?? new Uint8Array()).toString('utf8');
  let records: string[][];
  try {
    const parsed: unknown = parse(csv, { bom: true, relax_column_count: true, skip_empty_lines: true });
    records = parsed as string[][];
  } catch (e) {
    return { reason: `the credential report of ${s.where} is not valid CSV: ${(e as Error).message}` };
  }
  const [header, ...rows] = records;
  if (header === undefined) return { reason: `the credential report of ${s.where} is empty` };
  const columns = new Map(header.map((h, i) => [h.trim(), i]));
  const generated = got.value.GeneratedTime?.toISOString() ?? now.toISOString();
  const users: AssetCandidate[] = [];
  let root: Record<string, unknown> | undefined;
  rows.forEach((record, i) => {
    const where = `credential report line ${i + 2}`;
    const result = candidateOfRow(
      { get: (c) => record[columns.get(c) ?? -1], where },
      { kind: 'live', format: 'aws-live', position: `${s.account}/global ${where}` },
      generated,
    );
    if (typeof result === 'string') {
      s.warn(`${where}: ${result}; row skipped`);
      return;
    }
    for (const w of result.warnings) s.warn(`${where}: ${w}; recorded as unknown`);
    if (record[columns.get('user') ?? 0] === ROOT_USER) root = result.candidate.config;
    else users.push(result.candidate);
  });
  return { users, root };
}

/** The password policy (null when none is set), or the reason it could not be read. */
export async function passwordPolicy(
  s: RegionScope,
): Promise<{ value: PasswordPolicy | null } | { reason: string }> {
  const o = await s.call(
    'iam',
    'GetAccountPasswordPolicy',
    () => iam(s).send(new GetAccountPasswordPolicyCommand({})),
    {
      quiet: (f) => f.code === 'NoSuchEntity' || f.code === 'NoSuchEntityException',
    },
  );
  if (!o.ok)
    return o.failure.code === 'NoSuchEntity' || o.failure.code === 'NoSuchEntityException'
      ? { value: null }
      : { reason: o.reason };
  const p = o.value.PasswordPolicy ?? {};
  return {
    value: {
      minimumLength: p.MinimumPasswordLength ?? 6,
      requireSymbols: p.RequireSymbols === true,
      requireNumbers: p.RequireNumbers === true,
      requireUppercase: p.RequireUppercaseCharacters === true,
      requireLowercase: p.RequireLowercaseCharacters === true,
      allowUsersToChangePassword: p.AllowUsersToChangePassword === true,
      maxAgeDays:
        p.ExpirePasswords === true && (p.MaxPasswordAge ?? 0) > 0 ? (p.MaxPasswordAge ?? null) : null,
      reusePrevention: (p.PasswordReusePrevention ?? 0) > 0 ? (p.PasswordReusePrevention ?? null) : null,
      hardExpiry: p.HardExpiry === true,
    },
  };
}
