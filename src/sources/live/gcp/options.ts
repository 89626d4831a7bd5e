/**
 * `parapet scan --gcp` options: what to collect (`--organization`, `--folders`, `--projects`) and how
 * many Cloud Asset calls run at once. At least one scope is required; a project, folder or
 * organisation id is checked for its shape so a typo fails before any call is made.
 */
import { Option } from 'commander';
import { UsageError } from '../../../model/errors.js';

export interface GcpOptions {
  /** CAI parents: `organizations/123`, `folders/456`, `projects/my-project`. */
  parents: string[];
  /** Cloud Asset calls in flight at once. */
  concurrency: number;
}

const NUMERIC = /^\d{1,20}$/;
const PROJECT_ID = /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/;

export function gcpOptionList(): Option[] {
  return [
    new Option(
      '--organization <id>',
      'GCP: assess the whole organisation (numeric id) through Cloud Asset Inventory',
    ),
    new Option('--folders <ids>', 'GCP: comma-separated folder ids (numeric) to assess'),
    new Option('--projects <ids>', 'GCP: comma-separated project ids (or numbers) to assess'),
    new Option('--gcp-concurrency <n>', 'GCP: Cloud Asset calls in flight at once').default('4'),
  ];
}

function list(v: unknown): string[] {
  if (v === undefined || v === null) return [];
  const parts = (Array.isArray(v) ? v : [v]).flatMap((x) => String(x).split(','));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/**
 * Parse the raw commander options.
 * @example parseGcpOptions({ projects: 'acme-prod,acme-dev' }).parents // ['projects/acme-prod', 'projects/acme-dev']
 */
export function parseGcpOptions(raw: Record<string, unknown>): GcpOptions {
  const parents: string[] = [];
  for (const org of list(raw.organization)) {
    const id = org.replace(/^organizations\//, '');
    if (!NUMERIC.test(id))
      throw new UsageError(
        `--organization: "${org}" is not an organisation id (expected digits, e.g. 123456789012)`,
      );
    parents.push(`organizations/${id}`);
  }
  for (const folder of list(raw.folders)) {
    const id = folder.replace(/^folders\//, '');
    if (!NUMERIC.test(id))
      throw new UsageError(`--folders: "${folder}" is not a folder id (expected digits, e.g. 456789012345)`);
    parents.push(`folders/${id}`);
  }
  for (const project of list(raw.projects)) {
    const id = project.replace(/^projects\//, '');
    if (!PROJECT_ID.test(id) && !NUMERIC.test(id))
      throw new UsageError(
        `--projects: "${project}" is not a project id (expected 6-30 lower-case letters, digits and hyphens, e.g. acme-prod, or a project number)`,
      );
    parents.push(`projects/${id}`);
  }
  if (parents.length === 0)
    throw new UsageError('--gcp needs a scope: --organization <id>, --folders <ids> or --projects <ids>');
  const concurrency = Number(raw.gcpConcurrency ?? 4);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64)
    throw new UsageError(
      `--gcp-concurrency: "${String(raw.gcpConcurrency)}" is not a whole number from 1 to 64`,
    );
  return { parents: [...new Set(parents)], concurrency };
}
