/**
 * `npx tsx scripts/generate-demo.ts [dir]`: writes the bundled demo estate (what `parapet scan --demo`
 * reads) to `demo/` or to `dir`. The output is deterministic: the same bytes on every run (gzip
 * files: the same content; compressed bytes may differ between zlib builds), so test/demo.test.ts can
 * check that the committed demo is what this script produces.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { historyText, snapshotFileName, snapshotText } from './demo-estate/aws/records.js';
import { credentialReportCsv, credentialReportJson } from './demo-estate/aws/credentials.js';
import { awsEstate } from './demo-estate/aws/index.js';
import { azGraphText, azureEstate, restTableText } from './demo-estate/azure/index.js';
import { EXPORT_TIME } from './demo-estate/company.js';
import { gcpEstate } from './demo-estate/gcp/index.js';
import { shift } from './demo-estate/ids.js';
import { demoReadme } from './demo-estate/readme.js';

/** One file of the demo: its path under the demo directory and its bytes. */
export interface DemoFile {
  path: string;
  content: Buffer;
}

/** Files AWS Config delivers compressed (as it does every snapshot) and files in the API spelling. */
const GZIPPED = new Set(['nwf-prod/us-east-1']);
const API_SPELLING = new Set(['nwf-staging/us-east-1']);

/** Every file of the demo estate, in a stable order. */
export function demoFiles(): DemoFile[] {
  const files: DemoFile[] = [];
  const text = (path: string, s: string) => files.push({ path, content: Buffer.from(s, 'utf8') });

  const aws = awsEstate();
  aws.regions.forEach((r, i) => {
    const key = `${r.account.alias}/${r.region}`;
    const at = shift(EXPORT_TIME, 60 * (3 + i * 4));
    if (API_SPELLING.has(key)) {
      text(`aws/${r.account.alias}/config-history-${r.region}.json`, historyText(r.account, r.items));
    } else if (GZIPPED.has(key)) {
      files.push({
        path: `aws/${r.account.alias}/${snapshotFileName(r.account, r.region, at, true)}`,
        // mtime 0 and no file name in the header, so the compressed bytes depend on the content only.
        content: gzipSync(Buffer.from(snapshotText(r.account, r.region, r.items), 'utf8'), { level: 9 }),
      });
    } else {
      text(
        `aws/${r.account.alias}/${snapshotFileName(r.account, r.region, at, false)}`,
        snapshotText(r.account, r.region, r.items),
      );
    }
  });
  for (const report of aws.reports) {
    const csv = credentialReportCsv(report.account, report.root, report.users);
    if (report.account.key === 'staging') {
      text(
        `aws/${report.account.alias}/iam-credential-report.json`,
        credentialReportJson(csv, shift(EXPORT_TIME, 312)),
      );
    } else {
      text(`aws/${report.account.alias}/iam-credential-report.csv`, csv);
    }
  }

  const azure = azureEstate();
  text('azure/resources-portal-prod.json', azGraphText(azure.prodResources));
  text('azure/resources-dev-test.table.json', restTableText(azure.devResources));
  text('azure/resourcecontainers.json', azGraphText(azure.containers));
  text('azure/role-assignments.json', azGraphText(azure.roleAssignments));

  for (const g of gcpEstate()) text(`gcp/${g.project.id}/${g.content}-export.jsonl`, g.text);

  text('README.md', demoReadme(files.map((f) => f.path)));
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * Write the demo estate to `dir` (emptied first).
 * @example generateDemo(mkdtempSync(join(tmpdir(), 'demo-')))
 */
export function generateDemo(dir: string): DemoFile[] {
  const files = demoFiles();
  rmSync(dir, { recursive: true, force: true });
  for (const f of files) {
    const target = join(dir, f.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, f.content);
  }
  return files;
}

const invoked = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invoked) {
  const dir = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'demo'));
  const files = generateDemo(dir);
  const bytes = files.reduce((n, f) => n + f.content.length, 0);
  console.log(
    `wrote ${files.length} files (${(bytes / 1024).toFixed(0)} KiB) to ${relative(process.cwd(), dir) || '.'}`,
  );
}
