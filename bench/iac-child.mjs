// Child process of the IaC bench: runs the built `parapet iac <tree> --format json` and prints timing,
// file and asset counts and peak RSS as one JSON line.
import { Writable } from 'node:stream';
import { main } from '../dist/cli/main.js';

const chunks = [];
const sink = new Writable({
  write(c, _e, cb) {
    chunks.push(c);
    cb();
  },
});
const t = performance.now();
await main(['iac', process.argv[2], '--format', 'json', '--at', '2026-01-01T00:00:00Z'], {
  stdout: sink,
  stderr: process.stderr,
  env: {},
  cwd: process.argv[2],
});
const ms = performance.now() - t;
const doc = JSON.parse(Buffer.concat(chunks.map((c) => Buffer.from(c))).toString('utf8'));
console.log(
  JSON.stringify({
    ms,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    files: doc.scan.sources.length,
    assets: doc.summary.assets,
  }),
);
