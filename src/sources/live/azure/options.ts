/** The `parapet scan --azure` options: which subscriptions, which cloud endpoint, how many calls at once. */
import { Option } from 'commander';
import { UsageError } from '../../../model/errors.js';
import { PUBLIC_ARM_ENDPOINT } from './clients.js';

export interface AzureOptions {
  /** Only these subscriptions (lower-case GUIDs); undefined = every subscription the identity can read. */
  subscriptions?: string[];
  /** Only subscriptions under this management group (Resource Graph scope). */
  managementGroup?: string;
  /** ARM endpoint without trailing slash. */
  endpoint: string;
  /** ARM calls in flight across the scan. */
  concurrency: number;
  /** ARM calls in flight per subscription. */
  perSubscription: number;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function azureOptions(): Option[] {
  return [
    new Option('--subscriptions <ids>', 'Azure: only these subscription ids (comma-separated)'),
    new Option('--management-group <id>', 'Azure: only subscriptions under this management group'),
    new Option('--azure-endpoint <url>', 'Azure: Resource Manager endpoint (sovereign clouds)').default(
      PUBLIC_ARM_ENDPOINT,
    ),
    new Option('--azure-concurrency <n>', 'Azure: ARM calls in flight at once').default('16'),
  ];
}

/** Commander hands strings (or booleans for bare flags); anything else is treated as empty. */
function text(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}

function positiveInt(flag: string, v: unknown, max: number): number {
  const n = typeof v === 'number' ? v : Number(v);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new UsageError(`${flag}: "${String(v)}" is not a whole number from 1 to ${max}`);
  return n;
}

/** Validate the commander values (flags named in errors). */
export function parseAzureOptions(raw: Record<string, unknown>): AzureOptions {
  let subscriptions: string[] | undefined;
  if (raw.subscriptions !== undefined) {
    subscriptions = text(raw.subscriptions)
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter((s) => s !== '');
    const bad = subscriptions.find((s) => !GUID.test(s));
    if (bad !== undefined || subscriptions.length === 0)
      throw new UsageError(
        `--subscriptions: "${bad ?? ''}" is not a subscription id (expected GUIDs, comma-separated)`,
      );
  }
  const managementGroup = raw.managementGroup === undefined ? undefined : text(raw.managementGroup).trim();
  if (managementGroup === '' || (managementGroup !== undefined && !/^[\w.()-]{1,90}$/.test(managementGroup)))
    throw new UsageError(`--management-group: "${managementGroup}" is not a management group id`);
  const endpoint = text(raw.azureEndpoint ?? PUBLIC_ARM_ENDPOINT).replace(/\/+$/, '');
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new UsageError(`--azure-endpoint: "${endpoint}" is not a URL`);
  }
  if (url.protocol !== 'https:')
    throw new UsageError(`--azure-endpoint: "${endpoint}" must be https (credentials are sent to it)`);
  const concurrency = positiveInt('--azure-concurrency', raw.azureConcurrency ?? 16, 256);
  return {
    ...(subscriptions ? { subscriptions } : {}),
    ...(managementGroup ? { managementGroup } : {}),
    endpoint,
    concurrency,
    perSubscription: Math.min(concurrency, 8),
  };
}
