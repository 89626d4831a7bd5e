/** Test cases for the Cloud SQL database-flag rules: the flag set to each value, or not set at all (`null`). */
import { unknown } from '../../../model/unknown.js';
import type { AnyRule } from '../../api.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureSqlInstance } from './fixtures.js';

const OTHER_ENGINE: Record<string, string> = {
  MYSQL: 'POSTGRES_15',
  POSTGRES: 'SQLSERVER_2019_STANDARD',
  SQLSERVER: 'MYSQL_8_0',
};

export interface SqlFlagCases {
  /** e.g. `MYSQL_8_0`. */
  version: string;
  flag: string;
  /** Values that pass; `null` = the flag is not set. */
  good: (string | null)[];
  /** Values that fail, with the exact message; `null` = the flag is not set. */
  bad: [string | null, string][];
}

function db(version: string, flag: string, value: string | null) {
  return assetOf(
    'gcp.sql.instance',
    {
      ...secureSqlInstance,
      databaseVersion: version,
      databaseFlags: [{ name: 'other_flag', value: 'x' }, ...(value === null ? [] : [{ name: flag, value }])],
    },
    { name: 'orders-db', uid: '//cloudsql.googleapis.com/projects/acme-prod/instances/orders-db' },
  );
}

/** Runs the rule's valid, invalid, unknown and not-applicable cases. */
export function sqlFlagRuleTests(rule: AnyRule, c: SqlFlagCases): void {
  const engine = c.version.split('_')[0] ?? '';
  runRuleTests(rule, {
    valid: c.good.map((v) => ({
      name: v === null ? 'not set' : `${c.flag}=${v}`,
      asset: db(c.version, c.flag, v),
    })),
    invalid: c.bad.map(([v, message]) => ({
      name: v === null ? 'not set' : `${c.flag}=${v}`,
      asset: db(c.version, c.flag, v),
      messageId: v === null ? 'unset' : 'badValue',
      message,
    })),
    unknown: [
      {
        asset: assetOf('gcp.sql.instance', {
          ...secureSqlInstance,
          databaseVersion: c.version,
          databaseFlags: unknown('the Cloud SQL record has no settings'),
        }),
        field: 'databaseFlags',
      },
    ],
    notApplicable: [{ name: 'another engine', asset: db(OTHER_ENGINE[engine] ?? 'MYSQL_8_0', c.flag, null) }],
  });
}
