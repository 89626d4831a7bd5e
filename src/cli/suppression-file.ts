/**
 * The suppression file on disk (`parapet.suppressions.yaml` in the working directory, or
 * `--suppressions <file>`): read and validated (errors name the line), and edited by
 * `parapet suppress add|remove` in place, keeping the comments and layout of the rest of the file.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isMap, isSeq, parseDocument, YAMLSeq } from 'yaml';
import { InputError, UsageError } from '../model/errors.js';
import { parseSuppressions, suppressionSchema, type Suppression } from '../lifecycle/suppressions.js';

export const DEFAULT_SUPPRESSIONS_FILE = 'parapet.suppressions.yaml';

export interface SuppressionFile {
  path: string;
  exists: boolean;
  suppressions: Suppression[];
}

/** The file named by `--suppressions`, else the default one in `cwd` (absent: no suppressions). */
export function suppressionFilePath(explicit: string | undefined, cwd: string): string {
  return explicit === undefined ? join(cwd, DEFAULT_SUPPRESSIONS_FILE) : resolve(cwd, explicit);
}

export function readSuppressionFile(path: string, required = false): SuppressionFile {
  if (!existsSync(path)) {
    if (required) throw new UsageError(`--suppressions: ${path} does not exist`);
    return { path, exists: false, suppressions: [] };
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new InputError(`${path}: cannot be read (${(e as Error).message})`, { file: path, cause: e });
  }
  return { path, exists: true, suppressions: parseSuppressions(text, path) };
}

function writeAtomically(path: string, text: string): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

/** Append a suppression to the file (created if needed); its id must be new. Returns the file's entries. */
export function addSuppression(path: string, entry: Suppression): Suppression[] {
  const checked = suppressionSchema.parse(entry);
  const text = existsSync(path)
    ? readFileSync(path, 'utf8')
    : '# Parapet suppressions: see docs/lifecycle.md\nversion: 1\nsuppressions: []\n';
  const current = parseSuppressions(text, path);
  if (current.some((s) => s.id === checked.id))
    throw new UsageError(`suppress add: a suppression "${checked.id}" already exists in ${path}`);
  const doc = parseDocument(text);
  let seq = doc.get('suppressions', true);
  if (!isSeq(seq)) {
    seq = new YAMLSeq();
    doc.set('suppressions', seq);
  }
  const node = doc.createNode(JSON.parse(JSON.stringify(checked)) as unknown);
  (seq as YAMLSeq).flow = false;
  (seq as YAMLSeq).items.push(node);
  const out = doc.toString();
  const all = parseSuppressions(out, path); // what we write must read back
  writeAtomically(path, out);
  return all;
}

/** Remove the suppression `id` from the file. Returns the entry removed and the file's entries. */
export function removeSuppression(path: string, id: string): { removed: Suppression; left: Suppression[] } {
  const file = readSuppressionFile(path, true);
  const removed = file.suppressions.find((s) => s.id === id);
  if (removed === undefined) throw new UsageError(`suppress remove: no suppression "${id}" in ${path}`);
  const doc = parseDocument(readFileSync(path, 'utf8'));
  const seq = doc.get('suppressions', true);
  if (isSeq(seq)) {
    seq.items = seq.items.filter((item) => !(isMap(item) && item.get('id') === id));
  }
  const out = doc.toString();
  const left = parseSuppressions(out, path);
  writeAtomically(path, out);
  return { removed, left };
}
