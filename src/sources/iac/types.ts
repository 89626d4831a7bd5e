/**
 * What an IaC source hands the engine: the same import events as the exporters' importers (candidates
 * with `source.kind = 'iac'`), plus what only IaC has: the block span of every resource (so findings
 * point at lines) and the files read (for inline suppressions).
 */
import type { ImportEvent } from '../import/types.js';

export interface FieldLine {
  file: string;
  line: number;
}

/** Where one asset was declared: its block, and the line that set each config field. */
export interface AssetSpan {
  file: string;
  line: number;
  /** Last line of the resource's block. */
  endLine: number;
  /** Other resources joined into this asset (split S3 settings, security group rules), by block. */
  parts?: { file: string; line: number; endLine: number }[];
  fields: Record<string, FieldLine>;
}

export interface IacRun {
  events: ImportEvent[];
  /** By asset uid. */
  spans: Map<string, AssetSpan>;
  /** Every file read, as displayed (relative), with its text (for suppressions). */
  files: Map<string, string>;
  /** Absolute paths of JSON files read as a Terraform plan or an ARM template (the other readers skip them). */
  claimed?: Set<string>;
}

export interface IacOptions {
  cwd: string;
  vars?: readonly string[];
  varFiles?: readonly string[];
}
