/**
 * The commands over stored history (docs/lifecycle.md, docs/metrics.md): `findings`, `suppress`,
 * `baseline`, `drift` and `metrics`, registered on the program by main.ts.
 */
import { Option, type Command } from 'commander';
import { runFindings, runFindingShow, FINDINGS_FORMATS, STATUS_CHOICES } from './findings.js';
import { runSuppressAdd, runSuppressList, runSuppressRemove } from './suppress.js';
import type { Io } from './io.js';

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

const str = (v: unknown) => v as string | undefined;
const list = (v: unknown) => v as string[] | undefined;

/** Options every history command takes. */
function common(c: Command): Command {
  return c
    .option('--db <path>', 'SQLite store path (default .parapet/parapet.db)')
    .option('--at <time>', 'treat this ISO time as "now" (also PARAPET_NOW)');
}

export function addLifecycleCommands(cmd: Command, io: Io, setCode: (code: number) => void): void {
  // `findings show` has options of the same names as `findings`: each command's own apply.
  cmd.enablePositionalOptions();
  const findings = common(
    cmd
      .command('findings')
      .description('list findings over time with their state (open, reopened, resolved, removed, muted)'),
  )
    .option(
      '--status <status>',
      `${STATUS_CHOICES.join('|')}; repeatable or comma-separated (default open: open and reopened)`,
      collect,
    )
    .option('--severity <severity>', 'only these severities (repeatable or comma-separated)', collect)
    .option('--rule <id>', 'only these rules (repeatable or comma-separated)', collect)
    .option('--account <id>', 'only these accounts, subscriptions or projects', collect)
    .option('--owner <owner>', 'only findings whose resource has this owner', collect)
    .option('--since <time|duration>', 'only findings first seen since an ISO time or a duration ago (7d)')
    .option('--sort <order>', 'risk (default), severity, first-seen, last-seen, rule, resource')
    .option('--limit <n>', 'at most this many findings')
    .addOption(new Option('--format <format>', 'output format').choices(FINDINGS_FORMATS).default('table'))
    .option('--output <file>', 'write to a file instead of stdout')
    .option('--suppressions <file>', 'suppression file (default parapet.suppressions.yaml if present)')
    .enablePositionalOptions()
    .addHelpText(
      'after',
      `
Examples:
  $ parapet findings
  $ parapet findings --status all --severity critical,high --format json
  $ parapet findings --account 111122223333 --since 7d --format csv --output findings.csv
  $ parapet findings show 3f1c2a9b7d4e`,
    )
    .action(async (o: Record<string, unknown>) => {
      setCode(
        await runFindings(
          {
            db: str(o.db),
            at: str(o.at),
            status: list(o.status),
            severity: list(o.severity),
            rule: list(o.rule),
            account: list(o.account),
            owner: list(o.owner),
            since: str(o.since),
            sort: str(o.sort),
            limit: str(o.limit),
            format: o.format as string,
            output: str(o.output),
            suppressions: str(o.suppressions),
          },
          io,
        ),
      );
    });
  common(findings.command('show').description('one finding with its full history'))
    .argument('<id>', 'finding id (or a unique prefix of one)')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('--output <file>', 'write to a file instead of stdout')
    .option('--suppressions <file>', 'suppression file (default parapet.suppressions.yaml if present)')
    .addHelpText(
      'after',
      '\nExamples:\n  $ parapet findings show 3f1c2a9b7d4e\n  $ parapet findings show 3f1c2a9b7d4e --format json',
    )
    .action(async (id: string, o: Record<string, unknown>) => {
      setCode(
        await runFindingShow(
          id,
          {
            db: str(o.db),
            at: str(o.at),
            format: o.format as string,
            output: str(o.output),
            suppressions: str(o.suppressions),
          },
          io,
        ),
      );
    });

  const suppress = cmd
    .command('suppress')
    .description(
      'mute findings by rule, account, region, resource and tags, with a reason, owner, kind and expiry',
    )
    .addHelpText(
      'after',
      `
Examples:
  $ parapet suppress add --rule aws-s3-bucket-access-logging-enabled --resource 'arn:aws:s3:::logs-*' \\
      --reason "log buckets do not log to themselves" --owner platform@example.com --kind mitigated --expires 90d
  $ parapet suppress list
  $ parapet suppress remove aws-s3-bucket-access-logging-enabled-1a2b3c4d`,
    );
  common(suppress.command('add').description('add a suppression to the suppression file and apply it'))
    .option('--id <id>', 'a name for it (default: derived from the rule and conditions)')
    .option('--rule <id|glob>', 'rule ids (repeatable; any of them)', collect)
    .option('--account <id|glob>', 'accounts, subscriptions or projects (repeatable; any of them)', collect)
    .option('--region <region|glob>', 'regions (repeatable; any of them)', collect)
    .option('--type <type|glob>', 'asset types (repeatable; any of them)', collect)
    .option('--resource <uid|name|glob>', 'resource uids or names (repeatable; any of them)', collect)
    .option('--severity <severity>', 'severities (repeatable; any of them)', collect)
    .option('--tag <key=value>', 'the resource has this tag (repeatable; all of them)', collect)
    .option('--any-tag <key=value>', 'the resource has one of these tags (repeatable; any of them)', collect)
    .option('--reason <text>', 'why (required)')
    .option('--owner <who>', 'who answers for it (required)')
    .addOption(
      new Option(
        '--kind <kind>',
        'mitigated (counts as healthy) or risk-accepted (excluded from scores)',
      ).choices(['mitigated', 'risk-accepted']),
    )
    .option(
      '--expires <time|duration>',
      'when it stops applying: an ISO date/time or a duration from now (90d)',
    )
    .option('--suppressions <file>', 'suppression file (default parapet.suppressions.yaml)')
    .addHelpText(
      'after',
      `\nConditions given are ANDed; a repeated option is an OR of its values.\n\nExamples:\n  $ parapet suppress add --rule aws-ec2-security-group-no-public-ssh --tag env=sandbox \\\n      --reason "sandbox, isolated VPC" --owner secops --kind risk-accepted --expires 2027-03-31`,
    )
    .action(async (o: Record<string, unknown>) => {
      setCode(
        await runSuppressAdd(
          {
            id: str(o.id),
            rule: list(o.rule),
            account: list(o.account),
            region: list(o.region),
            type: list(o.type),
            resource: list(o.resource),
            severity: list(o.severity),
            tag: list(o.tag),
            anyTag: list(o.anyTag),
            reason: str(o.reason),
            owner: str(o.owner),
            kind: str(o.kind),
            expires: str(o.expires),
            suppressions: str(o.suppressions),
            db: str(o.db),
            at: str(o.at),
          },
          io,
        ),
      );
    });
  common(suppress.command('list').description('list the suppressions with their status and muted findings'))
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('--suppressions <file>', 'suppression file (default parapet.suppressions.yaml)')
    .addHelpText('after', '\nExamples:\n  $ parapet suppress list --format json')
    .action(async (o: Record<string, unknown>) => {
      setCode(
        await runSuppressList(
          { db: str(o.db), at: str(o.at), format: o.format as string, suppressions: str(o.suppressions) },
          io,
        ),
      );
    });
  common(suppress.command('remove').description('remove a suppression; its findings are unmuted'))
    .argument('<id>', 'the suppression id')
    .option('--suppressions <file>', 'suppression file (default parapet.suppressions.yaml)')
    .addHelpText('after', '\nExamples:\n  $ parapet suppress remove sandbox-ssh')
    .action(async (id: string, o: Record<string, unknown>) => {
      setCode(
        await runSuppressRemove(id, { db: str(o.db), at: str(o.at), suppressions: str(o.suppressions) }, io),
      );
    });
}
