/**
 * IAM credential reports: the CSV as `aws iam get-credential-report` delivers it (base64 in `Content`)
 * or as the console downloads it. The rows come from the same user specs as the AWS Config IAM items,
 * so the two sources describe the same users and merge by ARN.
 */
import type { AwsAccount } from '../company.js';
import { offsetTime } from '../ids.js';

export interface AccessKeySpec {
  active: boolean;
  rotated: string;
  lastUsed: string | null;
  service?: string;
}

export interface CredentialSpec {
  /** Console password: when it was last used (null: never) and set. */
  password?: { lastUsed: string | null; changed: string };
  mfa: boolean;
  keys: AccessKeySpec[];
}

export interface ReportUser extends CredentialSpec {
  name: string;
  path: string;
  created: string;
}

export interface ReportRoot {
  created: string;
  mfa: boolean;
  passwordLastUsed: string | null;
  keys: AccessKeySpec[];
}

const HEADER = [
  'user',
  'arn',
  'user_creation_time',
  'password_enabled',
  'password_last_used',
  'password_last_changed',
  'password_next_rotation',
  'mfa_active',
  'access_key_1_active',
  'access_key_1_last_rotated',
  'access_key_1_last_used_date',
  'access_key_1_last_used_region',
  'access_key_1_last_used_service',
  'access_key_2_active',
  'access_key_2_last_rotated',
  'access_key_2_last_used_date',
  'access_key_2_last_used_region',
  'access_key_2_last_used_service',
  'cert_1_active',
  'cert_1_last_rotated',
  'cert_2_active',
  'cert_2_last_rotated',
];

const t = (iso: string | null, none = 'N/A') => (iso === null ? none : offsetTime(iso));

function keyColumns(key: AccessKeySpec | undefined, region: string): string[] {
  if (key === undefined) return ['false', 'N/A', 'N/A', 'N/A', 'N/A'];
  const used = key.lastUsed !== null;
  return [
    String(key.active),
    t(key.rotated),
    t(key.lastUsed),
    used ? region : 'N/A',
    used ? (key.service ?? 's3') : 'N/A',
  ];
}

/** The report's CSV text (no trailing newline, as IAM delivers it). */
export function credentialReportCsv(
  account: AwsAccount,
  root: ReportRoot,
  users: readonly ReportUser[],
): string {
  const rows: string[][] = [HEADER];
  rows.push([
    '<root_account>',
    `arn:aws:iam::${account.id}:root`,
    t(root.created),
    'not_supported',
    t(root.passwordLastUsed, 'no_information'),
    'not_supported',
    'not_supported',
    String(root.mfa),
    ...keyColumns(root.keys[0], account.home),
    ...keyColumns(root.keys[1], account.home),
    'false',
    'N/A',
    'false',
    'N/A',
  ]);
  for (const u of users) {
    rows.push([
      u.name,
      `arn:aws:iam::${account.id}:user${u.path}${u.name}`,
      t(u.created),
      String(u.password !== undefined),
      u.password === undefined ? 'N/A' : t(u.password.lastUsed, 'no_information'),
      u.password === undefined ? 'N/A' : t(u.password.changed),
      'N/A',
      String(u.mfa),
      ...keyColumns(u.keys[0], account.home),
      ...keyColumns(u.keys[1], account.home),
      'false',
      'N/A',
      'false',
      'N/A',
    ]);
  }
  return rows.map((r) => r.join(',')).join('\n');
}

/** `aws iam get-credential-report` output: the CSV base64-encoded in `Content` (4-space indent, as the CLI prints). */
export function credentialReportJson(csv: string, generatedAt: string): string {
  return `${JSON.stringify(
    {
      Content: Buffer.from(csv, 'utf8').toString('base64'),
      ReportFormat: 'text/csv',
      GeneratedTime: offsetTime(generatedAt),
    },
    null,
    4,
  )}\n`;
}
