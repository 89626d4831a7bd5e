// One measurement in a fresh process, so its peak RSS is its own. Runs the built package (dist/).
//   node bench/child.mjs floor <file>          read the bytes and JSON.parse every item (the floor)
//   node bench/child.mjs assess <file>         import + evaluate, results counted and dropped
//   node bench/child.mjs assess-no-graph <file> the same without the exposure graph (its cost)
//   node bench/child.mjs scan <file> <db>      the real CLI: import + evaluate + store (+ table summary)
//   node bench/child.mjs scan-json <file> <db> the same with every finding as JSON (to /dev/null)
//   node bench/child.mjs scan-no-graph <file> <db> the real CLI with --no-graph (large estates)
import { open } from 'node:fs/promises';

const [mode, file, db] = process.argv.slice(2);
const started = performance.now();
let assets = 0;

if (mode === 'floor') {
  // Items are one per line; parsing each line is the least any importer must do with these bytes.
  const handle = await open(file, 'r');
  const buf = Buffer.allocUnsafe(64 * 1024 * 1024);
  let rest = '';
  for (;;) {
    const { bytesRead } = await handle.read(buf, 0, buf.length, null);
    if (bytesRead === 0) break;
    const lines = (rest + buf.toString('utf8', 0, bytesRead)).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.startsWith('{"configurationItemVersion"')) continue;
      JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line);
      assets++;
    }
  }
  await handle.close();
} else if (mode === 'assess' || mode === 'assess-no-graph') {
  const { assess } = await import('../dist/engine/assess.js');
  const { importBatches } = await import('../dist/sources/import/index.js');
  const { ALL_RULES } = await import('../dist/rules/index.js');
  const t0 = performance.now();
  const a = await assess(
    importBatches([file]),
    { rules: ALL_RULES, now: new Date('2026-11-28T00:00:00Z'), graph: mode === 'assess' },
    { write: () => undefined },
  );
  assets = a.assets;
  process.stdout.write(
    JSON.stringify({
      mode,
      ms: performance.now() - t0,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      assets,
      results: a.results,
      graph: a.graph,
    }) + '\n',
  );
  process.exit(0);
} else if (mode === 'scan' || mode === 'scan-json' || mode === 'scan-no-graph') {
  const { main } = await import('../dist/cli/main.js');
  const t0 = performance.now();
  const code = await main([
    'scan',
    '--import',
    file,
    '--db',
    db,
    '--format',
    mode === 'scan-json' ? 'json' : 'table',
    '--output',
    '/dev/null',
    '--no-progress',
    '--at',
    '2026-11-28T00:00:00Z',
    ...(mode === 'scan-no-graph' ? ['--no-graph'] : []),
  ]);
  if (code !== 0 && code !== 1) throw new Error(`scan exited ${code}`);
  process.stdout.write(
    JSON.stringify({ mode, ms: performance.now() - t0, maxRssMb: process.resourceUsage().maxRSS / 1024 }) +
      '\n',
  );
  process.exit(0);
} else {
  throw new Error(`unknown mode ${mode}`);
}
process.stdout.write(
  JSON.stringify({
    mode,
    ms: performance.now() - started,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    assets,
  }) + '\n',
);
