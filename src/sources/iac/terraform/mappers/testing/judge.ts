/**
 * Test helper for the Terraform mappers: write a configuration into a temporary directory, run
 * `parapet iac` on it (JSON, passes included) and return each rule's result per resource, with the
 * file and line it points at.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryIo } from '../../../../../cli/io.js';
import { main } from '../../../../../cli/main.js';

export interface Judged {
  /** `<status> <file>:<line>`, e.g. `fail main.tf:7`. */
  [uidAndRule: string]: string;
}

/** Results of `rules` keyed `<address> <rule>` (`aws_iam_role.r aws-iam-role-no-admin-access`). */
export async function judge(tf: string, rules: readonly string[], vars: string[] = []): Promise<Judged> {
  const dir = mkdtempSync(join(tmpdir(), 'parapet-tf-map-'));
  writeFileSync(join(dir, 'main.tf'), tf);
  const io = memoryIo({}, dir);
  const args = ['iac', 'main.tf', '--format', 'json', '--include-passed', '--at', '2026-01-15T00:00:00Z'];
  for (const v of vars) args.push('--var', v);
  await main(args, io);
  const doc = JSON.parse(io.out()) as {
    findings: {
      ruleId: string;
      status: string;
      source: { file: string; line: number };
      resource: { uid: string };
    }[];
  };
  const out: Judged = {};
  for (const f of doc.findings)
    if (rules.includes(f.ruleId))
      out[`${f.resource.uid.replace(/^main\.tf#/, '')} ${f.ruleId}`] =
        `${f.status} ${f.source.file}:${f.source.line}`;
  return out;
}
