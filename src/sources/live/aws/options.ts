/**
 * The `parapet scan --aws` options: which credentials (`--profile`), which regions, single account or
 * the whole organisation (`--org --role-name --external-id --accounts --exclude-accounts`), and the
 * knobs for timeouts and concurrency. Parsed once, here, into `AwsLiveOptions`.
 */
import { Option } from 'commander';
import { UsageError } from '../../../model/errors.js';

export interface AwsLiveOptions {
  /** Named profile from the shared config/credentials files; otherwise the default chain. */
  profile?: string;
  /** Regions to scan; undefined means every region enabled in the account (ec2:DescribeRegions). */
  regions?: string[];
  /** Scan every active account of the organisation by assuming `roleName` in each. */
  org: boolean;
  roleName: string;
  externalId?: string;
  /** Only these accounts (organisation mode). */
  accounts?: string[];
  excludeAccounts?: string[];
  /** Send every request to this endpoint (an emulator, a VPC endpoint proxy, the test replay server). */
  endpointUrl?: string;
  /** Per-request timeout. */
  timeoutMs: number;
  /** Accounts collected at once. */
  accountConcurrency: number;
  /** SDK attempts per call (first try and retries); retries use the SDK's adaptive mode. */
  maxAttempts: number;
}

export const DEFAULT_ROLE_NAME = 'ParapetScanner';

const REGION = /^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d$/;
const ACCOUNT = /^\d{12}$/;

export function isEndpointUrl(v: string): boolean {
  return /^https?:\/\/[^\s]+$/.test(v);
}

function list(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  const raw = Array.isArray(value) ? value : [value];
  return raw
    .flatMap((v) => String(v).split(','))
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function text(v: unknown): string {
  return typeof v === 'string' || typeof v === 'number' ? String(v) : JSON.stringify(v);
}

function positiveNumber(flag: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new UsageError(`${flag}: "${text(value)}" is not a positive number`);
  return n;
}

export function awsOptions(): Option[] {
  return [
    new Option('--profile <name>', 'AWS: named profile (default: the standard credential chain)'),
    new Option('--regions <list>', 'AWS: comma-separated regions (default: every enabled region)'),
    new Option('--org', 'AWS: scan every active account of the organisation (assumes --role-name in each)'),
    new Option('--role-name <name>', 'AWS: role to assume in each account with --org').default(
      DEFAULT_ROLE_NAME,
    ),
    new Option('--external-id <id>', 'AWS: external id for the assumed role'),
    new Option('--accounts <list>', 'AWS: with --org, only these account ids (comma-separated)'),
    new Option('--exclude-accounts <list>', 'AWS: with --org, skip these account ids (comma-separated)'),
    new Option(
      '--aws-endpoint-url <url>',
      'AWS: send every API request to this endpoint (also AWS_ENDPOINT_URL)',
    ),
    new Option('--aws-timeout <seconds>', 'AWS: timeout per API request').default('30'),
    new Option('--aws-account-concurrency <n>', 'AWS: accounts collected at once').default('4'),
    new Option('--aws-max-attempts <n>', 'AWS: attempts per API call, with adaptive retry').default('5'),
  ];
}

/** Validate the raw commander values into options (AWS_ENDPOINT_URL is read when collecting). */
export function parseAwsOptions(raw: Record<string, unknown>): AwsLiveOptions {
  const regions = list(raw.regions);
  for (const r of regions ?? []) {
    if (!REGION.test(r)) throw new UsageError(`--regions: "${r}" is not an AWS region name (e.g. eu-west-1)`);
  }
  const accounts = list(raw.accounts);
  const excludeAccounts = list(raw.excludeAccounts);
  for (const [flag, ids] of [
    ['--accounts', accounts],
    ['--exclude-accounts', excludeAccounts],
  ] as const) {
    for (const id of ids ?? [])
      if (!ACCOUNT.test(id)) throw new UsageError(`${flag}: "${id}" is not a 12-digit AWS account id`);
  }
  const org = raw.org === true;
  if (!org && (accounts !== undefined || excludeAccounts !== undefined))
    throw new UsageError('--accounts and --exclude-accounts need --org (organisation mode)');
  const roleName = typeof raw.roleName === 'string' ? raw.roleName : DEFAULT_ROLE_NAME;
  if (!/^[\w+=,.@/-]{1,64}$/.test(roleName))
    throw new UsageError(`--role-name: "${roleName}" is not a valid IAM role name`);
  const endpoint = typeof raw.awsEndpointUrl === 'string' ? raw.awsEndpointUrl : undefined;
  if (endpoint !== undefined && !isEndpointUrl(endpoint))
    throw new UsageError(`--aws-endpoint-url: "${endpoint}" is not an http(s) URL`);
  const out: AwsLiveOptions = {
    org,
    roleName,
    timeoutMs: Math.round(positiveNumber('--aws-timeout', raw.awsTimeout, 30) * 1000),
    accountConcurrency: Math.max(
      1,
      Math.floor(positiveNumber('--aws-account-concurrency', raw.awsAccountConcurrency, 4)),
    ),
    maxAttempts: Math.max(1, Math.floor(positiveNumber('--aws-max-attempts', raw.awsMaxAttempts, 5))),
  };
  if (typeof raw.profile === 'string') out.profile = raw.profile;
  if (regions !== undefined && regions.length > 0) out.regions = [...new Set(regions)];
  if (typeof raw.externalId === 'string') out.externalId = raw.externalId;
  if (accounts !== undefined) out.accounts = accounts;
  if (excludeAccounts !== undefined) out.excludeAccounts = excludeAccounts;
  if (endpoint !== undefined) out.endpointUrl = endpoint;
  return out;
}
