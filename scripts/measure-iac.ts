/**
 * `npm run measure:iac`: scores Parapet's IaC assessment against the KICS query test corpus
 * (../shared/data/iac-corpus/kics, or $PARAPET_KICS_CORPUS), skipping cleanly when it is absent.
 * For each selected query (selected_queries.tsv) mapped to Parapet rules, every positive/negative test
 * file is assessed with those rules; expected lines are lifted to their enclosing resource, and
 * precision/recall are counted at resource level. Files with module blocks are a separate bucket.
 * Deliberate semantic differences are listed in docs/iac-measure.md, not filtered here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assess, type AssessedAsset } from '../src/engine/assess.js';
import { ALL_RULES } from '../src/rules/index.js';
import { readIac } from '../src/sources/iac/index.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** KICS rule group × platform → the Parapet rules that judge the same thing. */
const MAPPING: Record<string, Partial<Record<string, string[]>>> = {
  azure_storage_https: {
    azureResourceManager: ['azure-storage-account-secure-transfer-required'],
    'terraform/azure': ['azure-storage-account-secure-transfer-required'],
  },
  s3_public_acl: {
    'terraform/aws': ['aws-s3-bucket-not-public'],
    'cloudFormation/aws': ['aws-s3-bucket-not-public'],
  },
  s3_encryption: { 'cloudFormation/aws': ['aws-s3-bucket-default-encryption-kms'] },
  sg_ssh_open: {
    'terraform/aws': ['aws-ec2-security-group-no-public-ssh'],
    'cloudFormation/aws': ['aws-ec2-security-group-no-public-ssh'],
    'terraform/azure': ['azure-network-nsg-no-public-ssh'],
    'terraform/gcp': ['gcp-compute-firewall-no-public-ssh'],
    azureResourceManager: ['azure-network-nsg-no-public-ssh'],
  },
  sg_rdp_open: {
    'terraform/aws': ['aws-ec2-security-group-no-public-rdp'],
    'cloudFormation/aws': ['aws-ec2-security-group-no-public-rdp'],
    'terraform/azure': ['azure-network-nsg-no-public-rdp'],
    'terraform/gcp': ['gcp-compute-firewall-no-public-rdp'],
    azureResourceManager: ['azure-network-nsg-no-public-rdp'],
  },
  rds_public: {
    'terraform/aws': ['aws-rds-instance-not-public'],
    'cloudFormation/aws': ['aws-rds-instance-not-public'],
  },
  ebs_unencrypted: {
    'terraform/aws': ['aws-ec2-volume-encrypted'],
    'cloudFormation/aws': ['aws-ec2-volume-encrypted'],
  },
  iam_wildcard: {
    'terraform/aws': [
      'aws-iam-policy-no-full-admin',
      'aws-iam-role-no-admin-access',
      'aws-iam-user-no-admin-access',
    ],
  },
  gcs_public: { 'terraform/gcp': ['gcp-storage-bucket-not-public'] },
};

interface Row {
  rule: string;
  kicsDir: string;
  platform: string;
  parapet: string[];
  tp: number;
  fp: number;
  fn: number;
  moduleTp: number;
  moduleFp: number;
  moduleFn: number;
  /** Differences listed in measure-iac-differences.json (counted apart, with their reason). */
  deliberate: number;
  note: string;
}

interface Difference {
  query: string;
  files: string[];
  reason: string;
}

const DIFFERENCES = (
  JSON.parse(readFileSync(join(ROOT, 'scripts/measure-iac-differences.json'), 'utf8')) as {
    differences: Difference[];
  }
).differences;

function corpusDir(): string | undefined {
  const candidates = [
    process.env.PARAPET_KICS_CORPUS,
    join(ROOT, '../shared/data/iac-corpus/kics'),
    join(ROOT, '../../shared/data/iac-corpus/kics'),
  ];
  return candidates.find((c): c is string => c !== undefined && existsSync(join(c, 'selected_queries.tsv')));
}

async function assessFile(file: string, rules: string[]) {
  const run = await readIac([file], { cwd: dirname(file) });
  const assessed: AssessedAsset[] = [];
  async function* events() {
    yield await Promise.resolve(run.events);
  }
  await assess(
    events(),
    { rules: ALL_RULES.filter((r) => rules.includes(r.id)), now: new Date('2026-01-01T00:00:00Z') },
    {
      write: (b) => void assessed.push(...b),
    },
  );
  const flagged = new Set<string>();
  for (const a of assessed) if (a.results.some((r) => r.status === 'fail')) flagged.add(a.asset.uid);
  return { run, flagged };
}

async function measureRow(corpus: string, rule: string, kicsDir: string, parapet: string[]): Promise<Row> {
  const platform = kicsDir.split('/')[0]!;
  const row: Row = {
    rule,
    kicsDir,
    platform,
    parapet,
    tp: 0,
    fp: 0,
    fn: 0,
    moduleTp: 0,
    moduleFp: 0,
    moduleFn: 0,
    deliberate: 0,
    note: '',
  };
  const testDir = join(corpus, 'assets/queries', kicsDir, 'test');
  const expectedFile = join(testDir, 'positive_expected_result.json');
  const expected = existsSync(expectedFile)
    ? (JSON.parse(readFileSync(expectedFile, 'utf8')) as { fileName?: string; line: number }[])
    : [];
  const names = readdirSync(testDir).sort();
  // KICS leaves `fileName` out when the query has a single positive file.
  const positives = names.filter((n) => n.startsWith('positive') && !n.endsWith('_expected_result.json'));
  const only = positives.length === 1 ? positives[0] : undefined;
  for (const name of names) {
    if (!/^(positive|negative)/.test(name) || name.endsWith('_expected_result.json')) continue;
    // Bicep sources beside the ARM JSON are not read by Parapet (it reads the compiled ARM JSON).
    if (name.endsWith('.bicep')) continue;
    const file = join(testDir, name);
    const text = readFileSync(file, 'utf8');
    const moduleCase = /^\s*module\s+"/m.test(text);
    const { run, flagged } = await assessFile(file, parapet);
    const spans = [...run.spans.entries()];
    const expectedUids = new Set<string>();
    for (const e of expected.filter((x) => (x.fileName ?? only) === name)) {
      const within = (b: { line: number; endLine: number }) => e.line >= b.line && e.line <= b.endLine;
      const span = spans.find(([, s]) => within(s)) ?? spans.find(([, s]) => (s.parts ?? []).some(within));
      expectedUids.add(span ? span[0] : `${name}#line ${e.line}`);
    }
    // A difference names a whole file, or one resource in it (`positive.tf#positive2`: the resource
    // named positive2, or `positive.tf#line 19`: an expected line outside every assessed resource).
    const listed = (uid: string) =>
      DIFFERENCES.some(
        (d) =>
          d.query === kicsDir &&
          d.files.some((f) => {
            if (f === name) return true;
            const [file, what] = f.split('#');
            return (
              file === name && what !== undefined && (uid === `${name}#${what}` || uid.endsWith(`.${what}`))
            );
          }),
      );
    const uids = new Set([...expectedUids, ...flagged]);
    for (const u of uids) {
      const isTp = expectedUids.has(u) && flagged.has(u);
      const isFn = expectedUids.has(u) && !flagged.has(u);
      const isFp = !expectedUids.has(u) && flagged.has(u);
      if (listed(u)) {
        if (isTp) row.tp += 1;
        else if (isFn || isFp) row.deliberate += 1;
      } else if (moduleCase) {
        row.moduleTp += Number(isTp);
        row.moduleFn += Number(isFn);
        row.moduleFp += Number(isFp);
      } else {
        row.tp += Number(isTp);
        row.fn += Number(isFn);
        row.fp += Number(isFp);
      }
    }
  }
  return row;
}

const ratio = (a: number, b: number) => (b === 0 ? '—' : (a / b).toFixed(2));

async function main(): Promise<number> {
  const corpus = corpusDir();
  if (corpus === undefined) {
    process.stdout.write(
      'measure:iac: the KICS corpus is not present (../shared/data/iac-corpus/kics); skipped.\n',
    );
    return 0;
  }
  const tsv = readFileSync(join(corpus, 'selected_queries.tsv'), 'utf8').trim().split('\n').slice(1);
  const rows: Row[] = [];
  for (const line of tsv) {
    const [rule, kicsDir] = line.split('\t');
    if (!rule || !kicsDir) continue;
    // ARM queries have no provider segment (`azureResourceManager/<query>`).
    const platform = kicsDir.startsWith('azureResourceManager/')
      ? 'azureResourceManager'
      : kicsDir.split('/').slice(0, 2).join('/');
    const parapet = MAPPING[rule]?.[platform];
    if (!parapet) {
      rows.push({
        rule,
        kicsDir,
        platform,
        parapet: [],
        tp: 0,
        fp: 0,
        fn: 0,
        moduleTp: 0,
        moduleFp: 0,
        moduleFn: 0,
        deliberate: 0,
        note: 'not mapped',
      });
      continue;
    }
    rows.push(await measureRow(corpus, rule, kicsDir, parapet));
  }
  const out: string[] = [];
  out.push(
    '| KICS query | Parapet rule(s) | TP | FP | FN | precision | recall | module cases TP/FP/FN | deliberate |',
  );
  out.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |');
  const pooled = { tp: 0, fp: 0, fn: 0, mtp: 0, mfp: 0, mfn: 0, deliberate: 0 };
  for (const r of rows) {
    if (r.note) {
      out.push(`| ${r.kicsDir} | ${r.note} | | | | | | | |`);
      continue;
    }
    pooled.tp += r.tp;
    pooled.fp += r.fp;
    pooled.fn += r.fn;
    pooled.mtp += r.moduleTp;
    pooled.mfp += r.moduleFp;
    pooled.mfn += r.moduleFn;
    pooled.deliberate += r.deliberate;
    out.push(
      `| ${r.kicsDir} | ${r.parapet.join(', ')} | ${r.tp} | ${r.fp} | ${r.fn} | ${ratio(r.tp, r.tp + r.fp)} | ${ratio(r.tp, r.tp + r.fn)} | ${r.moduleTp}/${r.moduleFp}/${r.moduleFn} | ${r.deliberate} |`,
    );
  }
  out.push(
    `| **pooled (mapped queries)** | | ${pooled.tp} | ${pooled.fp} | ${pooled.fn} | ${ratio(pooled.tp, pooled.tp + pooled.fp)} | ${ratio(pooled.tp, pooled.tp + pooled.fn)} | ${pooled.mtp}/${pooled.mfp}/${pooled.mfn} | ${pooled.deliberate} |`,
  );
  const mapped = rows.filter((r) => !r.note).length;
  out.push(
    '',
    `${mapped} of ${rows.length} selected queries mapped to Parapet rules; module-based files are counted apart.`,
  );
  out.push('', 'Deliberate differences (scripts/measure-iac-differences.json):');
  for (const d of DIFFERENCES) out.push(`- ${d.query} (${d.files.join(', ')}): ${d.reason}`);
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

process.exitCode = await main();
