/**
 * `parapet graph`: read the sources like `parapet scan` (nothing is stored), build the exposure and
 * context graph, and write it as JSON (`parapet.graph/v1`) or Graphviz DOT.
 */
import { isAbsolute, resolve } from 'node:path';
import { assess } from '../engine/assess.js';
import type { EstateGraph } from '../inventory/graph/graph.js';
import { UsageError } from '../model/errors.js';
import { graphDot, graphJson } from '../report/graph.js';
import { fileOutput, streamOutput } from '../report/output.js';
import { safeText } from '../report/safe-text.js';
import { ALL_RULES } from '../rules/index.js';
import { importBatches, type ImportPath } from '../sources/import/index.js';
import { loadConfig } from './config.js';
import type { Io } from './io.js';
import { demoDir } from './paths.js';
import { resolveNow } from './time.js';

export const GRAPH_FORMATS = ['json', 'dot'] as const;

export interface GraphCommandOptions {
  demo?: boolean;
  import?: string[];
  format: string;
  output?: string;
  exposedOnly?: boolean;
  at?: string;
  config?: string;
}

export async function runGraph(opts: GraphCommandOptions, io: Io): Promise<number> {
  if (!(GRAPH_FORMATS as readonly string[]).includes(opts.format))
    throw new UsageError(
      `--format: "${opts.format}" is not supported (expected one of ${GRAPH_FORMATS.join(', ')})`,
    );
  const now = resolveNow(opts.at, io.env);
  const config = loadConfig(opts.config, io.cwd);
  const paths: ImportPath[] = [];
  if (opts.demo) paths.push({ path: demoDir(), display: 'demo' });
  for (const p of opts.import ?? []) paths.push(isAbsolute(p) ? p : { path: resolve(io.cwd, p), display: p });
  if (paths.length === 0)
    throw new UsageError('nothing to read: give --demo or --import <file|dir> (see parapet graph --help)');
  let graph: EstateGraph | undefined;
  const assessment = await assess(
    importBatches(paths),
    { rules: ALL_RULES, now, contextTagKeys: config.contextTagKeys, onGraph: (g) => (graph = g) },
    { write: () => undefined },
  );
  const g = graph!.export();
  const out = opts.output === undefined ? streamOutput(io.stdout) : fileOutput(resolve(io.cwd, opts.output));
  const options = { exposedOnly: opts.exposedOnly === true };
  await out.write(opts.format === 'dot' ? graphDot(g, options) : graphJson(g, options));
  await out.end();
  if (assessment.diagnosticCounts.error > 0) {
    io.stderr.write(`parapet: ${assessment.diagnosticCounts.error} input error(s); the graph is partial:\n`);
    for (const d of assessment.diagnostics.filter((x) => x.level === 'error').slice(0, 10))
      io.stderr.write(`  ${safeText(d.message)}\n`);
    return 2;
  }
  return 0;
}
