/**
 * Database-flag rules for Cloud SQL (CIS GCP section 6): one rule per (engine, flag), built from a
 * spec that says which values are acceptable and what the engine's default is when the flag is not
 * set on the instance. Not a rule itself (no `rule` export).
 */
import type { Severity } from '../../../model/severity.js';
import { defineRule, need, type AnyRule } from '../../api.js';

export type SqlEngine = 'MYSQL' | 'POSTGRES' | 'SQLSERVER';

const ENGINE_NAMES: Record<SqlEngine, string> = {
  MYSQL: 'MySQL',
  POSTGRES: 'PostgreSQL',
  SQLSERVER: 'SQL Server',
};

export interface SqlFlagRuleSpec {
  id: string;
  title: string;
  description: string;
  severity: Severity;
  engine: SqlEngine;
  flag: string;
  /** The value the engine uses when the flag is not set on the instance; null when "not set" is its own state. */
  defaultValue: string | null;
  /** Whether a value (or the default, or null for "not set") meets the requirement. Compared in lower case. */
  accept: (value: string | null) => boolean;
  /** What is expected, for messages: `on`, `DEFAULT or TERSE`. */
  expected: string;
  /** The value to set in remediation (`on`, `off`, `ddl`). */
  fixValue: string | null;
  references?: readonly string[];
}

/** The engine a `databaseVersion` (`MYSQL_8_0`, `POSTGRES_15`, `SQLSERVER_2019_STANDARD`) belongs to. */
export function engineOf(version: string): SqlEngine | undefined {
  const v = version.toUpperCase();
  if (v.startsWith('MYSQL')) return 'MYSQL';
  if (v.startsWith('POSTGRES')) return 'POSTGRES';
  if (v.startsWith('SQLSERVER')) return 'SQLSERVER';
  return undefined;
}

/**
 * A rule judging one database flag of Cloud SQL instances of one engine.
 * @example sqlFlagRule({ id: 'gcp-sql-mysql-local-infile-off', engine: 'MYSQL', flag: 'local_infile', defaultValue: 'on', accept: (v) => v === 'off', ... })
 */
export function sqlFlagRule(spec: SqlFlagRuleSpec): AnyRule {
  const engine = ENGINE_NAMES[spec.engine];
  const remediationCli =
    spec.fixValue === null
      ? `gcloud sql instances patch <instance> --database-flags=<every flag to keep, without ${spec.flag}>`
      : `gcloud sql instances patch <instance> --database-flags="${spec.flag}=${spec.fixValue}" # --database-flags replaces the whole list: include the flags already set`;
  return defineRule({
    id: spec.id,
    title: spec.title,
    description: spec.description,
    severity: spec.severity,
    category: 'database',
    aspects: ['logging'],
    assetTypes: ['gcp.sql.instance'],
    messages: {
      badValue: `${engine} instance {{name}} has ${spec.flag} set to {{value}}; expected {{expected}}`,
      unset: `${engine} instance {{name}} does not set ${spec.flag} (default {{value}}); expected {{expected}}`,
    },
    remediation: {
      text:
        spec.fixValue === null
          ? `Remove the ${spec.flag} flag from the instance's database flags.`
          : `Set the ${spec.flag} database flag to ${spec.fixValue} on the instance. Changing some flags restarts the instance.`,
      cli: remediationCli,
      terraform:
        spec.fixValue === null
          ? `# remove the database_flags block named "${spec.flag}" from google_sql_database_instance.settings`
          : `resource "google_sql_database_instance" "this" {\n  # ...\n  settings {\n    database_flags {\n      name  = "${spec.flag}"\n      value = "${spec.fixValue}"\n    }\n  }\n}`,
    },
    references: spec.references ?? ['https://cloud.google.com/sql/docs/mysql/flags'],
    check(db, ctx) {
      const version = need(db.config, 'databaseVersion');
      if (engineOf(version) !== spec.engine)
        return ctx.notApplicable(`not a ${engine} instance (${version})`);
      const flags = need(db.config, 'databaseFlags');
      const set = flags.find((f) => f.name.toLowerCase() === spec.flag.toLowerCase());
      const value = set === undefined ? spec.defaultValue : set.value.trim().toLowerCase();
      const evidence = { flag: spec.flag, value: set?.value ?? null, default: spec.defaultValue };
      if (spec.accept(value)) return ctx.pass(evidence);
      if (set === undefined)
        return ctx.fail(
          'unset',
          { name: db.name, value: spec.defaultValue ?? 'unset', expected: spec.expected },
          evidence,
        );
      return ctx.fail('badValue', { name: db.name, value: set.value, expected: spec.expected }, evidence);
    },
  });
}
