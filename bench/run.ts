/**
 * `npm run bench -- --live` runs the live AWS collection case instead (bench/live-aws.ts).
 * `npm run bench [-- --sizes 10000,100000,1000000] [--no-json] [--only iac|estate]`: generates synthetic AWS Config
 * estates (cached in bench/out/) and measures, each in a fresh process:
 *   floor  — reading the bytes and JSON.parse-ing every item;
 *   assess — import + evaluate with the full rule set (results dropped);
 *   scan   — the real `parapet scan`: import + evaluate + store in SQLite, table report;
 *   json   — the same scan into a fresh store with `--format json` (every finding) to /dev/null.
 * Reports wall time, assets per second, peak RSS and the ratio of assess time to the floor, and writes
 * bench/out/results.json. Targets (DESIGN.md): assess ≤ 2× floor; 1M assets scanned (stored) in < 60 s
 * with peak RSS < 2 GiB. Then the IaC case (bench/iac.ts): 10,000 Terraform resources in 1,000 files. docs/benchmark.md explains the columns and records measured figures.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { GENERATOR_VERSION, writeSyntheticEstate } from './synthetic-estate.js';
import { benchIac } from './iac.js';

const OUT = join(import.meta.dirname, 'out');
const arg = process.argv.indexOf('--sizes');
const sizes = (arg > 0 ? process.argv[arg + 1]! : '10000,100000,1000000').split(',').map(Number);
const withJson = !process.argv.includes('--no-json');
/** `--only iac` runs just the IaC case; `--only estate` just the estate sizes. */
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg > 0 ? process.argv[onlyArg + 1] : undefined;

interface Measure {
  mode: string;
  ms: number;
  maxRssMb: number;
  assets?: number;
}

function measure(mode: string, ...args: string[]): Measure {
  const out = execFileSync(
    process.execPath,
    ['--max-old-space-size=4096', join(import.meta.dirname, 'child.mjs'), mode, ...args],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 1 << 20,
    },
  );
  return JSON.parse(out.trim().split('\n').pop()!) as Measure;
}

/** A fresh store file for one measurement (and its WAL files gone). */
function freshDb(name: string): string {
  const db = join(OUT, name);
  for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
  return db;
}

mkdirSync(OUT, { recursive: true });
if (process.argv.includes('--live')) {
  // The live-collection case (bench/live-aws.ts) runs on its own: `npm run bench -- --live`.
  execFileSync(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'live-aws.ts'), ...process.argv.slice(2)],
    {
      stdio: 'inherit',
      env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    },
  );
  process.exit(0);
}
console.log(
  `Parapet bench on ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
const rows = [];
for (const size of only === 'iac' ? [] : sizes) {
  const file = join(OUT, `estate-v${GENERATOR_VERSION}-${size}.json`);
  if (!existsSync(file)) {
    const t = Date.now();
    await writeSyntheticEstate(file, size);
    console.log(`generated ${file} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
  const bytes = statSync(file).size;
  const floor = measure('floor', file);
  const assessRun = measure('assess', file);
  // The same without the exposure graph: what holding graph-typed assets to the end costs.
  const noGraph = measure('assess-no-graph', file);
  const db = freshDb(`bench-${size}.db`);
  const scan = measure('scan', file, db);
  // The same scan with --no-graph: every asset streams (the option for very large estates).
  const scanNoGraph = measure('scan-no-graph', file, freshDb(`bench-${size}-no-graph.db`));
  const storeMegabytes = +(statSync(db).size / 2 ** 20).toFixed(1);
  const json = withJson ? measure('scan-json', file, freshDb(`bench-${size}-json.db`)) : undefined;
  const row = {
    assets: size,
    megabytes: +(bytes / 2 ** 20).toFixed(1),
    floorSeconds: +(floor.ms / 1000).toFixed(2),
    assessSeconds: +(assessRun.ms / 1000).toFixed(2),
    assessAssetsPerSecond: Math.round(size / (assessRun.ms / 1000)),
    assessToFloor: +(assessRun.ms / floor.ms).toFixed(2),
    assessPeakRssMb: Math.round(assessRun.maxRssMb),
    assessNoGraphSeconds: +(noGraph.ms / 1000).toFixed(2),
    assessNoGraphPeakRssMb: Math.round(noGraph.maxRssMb),
    scanSeconds: +(scan.ms / 1000).toFixed(2),
    scanAssetsPerSecond: Math.round(size / (scan.ms / 1000)),
    scanPeakRssMb: Math.round(scan.maxRssMb),
    scanNoGraphSeconds: +(scanNoGraph.ms / 1000).toFixed(2),
    scanNoGraphPeakRssMb: Math.round(scanNoGraph.maxRssMb),
    storeMegabytes,
    ...(json === undefined
      ? {}
      : {
          jsonScanSeconds: +(json.ms / 1000).toFixed(2),
          jsonOutputSeconds: +((json.ms - scan.ms) / 1000).toFixed(2),
          jsonPeakRssMb: Math.round(json.maxRssMb),
        }),
  };
  rows.push(row);
  console.log(
    `${String(size).padStart(8)} assets ${String(row.megabytes).padStart(7)} MB | floor ${row.floorSeconds}s | ` +
      `assess ${row.assessSeconds}s (${row.assessAssetsPerSecond}/s, ${row.assessToFloor}× floor, ${row.assessPeakRssMb} MB; ` +
      `without the graph ${row.assessNoGraphSeconds}s, ${row.assessNoGraphPeakRssMb} MB) | ` +
      `scan+store ${row.scanSeconds}s (${row.scanAssetsPerSecond}/s, ${row.scanPeakRssMb} MB, db ${row.storeMegabytes} MB; ` +
      `--no-graph ${row.scanNoGraphSeconds}s, ${row.scanNoGraphPeakRssMb} MB)` +
      (json === undefined
        ? ''
        : ` | with JSON output ${row.jsonScanSeconds}s (+${row.jsonOutputSeconds}s, ${row.jsonPeakRssMb} MB)`),
  );
}
const iac = only === 'estate' ? undefined : benchIac(OUT);
if (iac)
  console.log(
    `iac: ${iac.files} files, ${iac.resources} assets | ${iac.seconds}s (${iac.filesPerSecond} files/s, ${iac.resourcesPerSecond} assets/s, ${iac.peakRssMb} MB peak RSS)`,
  );
writeFileSync(
  join(OUT, 'results.json'),
  `${JSON.stringify({ node: process.version, cores: cpus().length, loadavg: loadavg(), rows, iac }, null, 2)}\n`,
);
