/**
 * The commands over stored history (docs/lifecycle.md, docs/metrics.md): `findings`, `suppress`,
 * `baseline`, `drift` and `metrics`, registered on the program by main.ts.
 */
import { Option, type Command } from 'commander';
import { runFindings, runFindingShow, FINDINGS_FORMATS, STATUS_CHOICES } from './findings.js';
import { runSuppressAdd, runSuppressList, runSuppressRemove } from './suppress.js';
import type { Io } from './io.js';
import { runGovernance } from './governance.js';
import { runBaselineApprove, runBaselineList, runDrift } from './drift.js';
import { runMetrics } from './metrics.js';

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
    .option(
      '--owner <owner>',
      'only findings with this owner (from tags, parent, account default or fallback; "unassigned" for none)',
      collect,
    )
    .option('--overdue', 'only open findings past their due date (SLA per severity, docs/governance.md)')
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
  $ parapet findings --overdue --owner payments-team
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
            overdue: o.overdue === true,
          },
          io,
        ),
      );
    });
  common(cmd.command('governance').description('open findings per owner: on time, overdue, unassigned'))
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('--output <file>', 'write to a file instead of stdout')
    .option('--suppressions <file>', 'suppression file (default parapet.suppressions.yaml if present)')
    .addHelpText(
      'after',
      '\nOwners and SLA targets come from parapet.config.yaml (governance:), see docs/governance.md.\n\nExamples:\n  $ parapet governance\n  $ parapet governance --at 2026-12-31T00:00:00Z --format json',
    )
    .action(async (o: Record<string, unknown>) => {
      setCode(
        await runGovernance(
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

  const baseline = cmd
    .command('baseline')
    .description('approve the configuration of every asset of a scan as the baseline drift is measured from')
    .addHelpText(
      'after',
      '\nExamples:\n  $ parapet baseline approve\n  $ parapet baseline approve --scan 20261101T000000Z-a1b2c3 --note "after the Q4 hardening"\n  $ parapet baseline list',
    );
  common(
    baseline
      .command('approve')
      .description("record the scan's asset configurations (normalised, hashed) as approved"),
  )
    .option('--scan <id>', 'the scan to approve (default: the latest complete or partial scan)')
    .option('--note <text>', 'why this baseline')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .addHelpText('after', '\nExamples:\n  $ parapet baseline approve --note "post-audit"')
    .action(async (o: Record<string, unknown>) => {
      setCode(
        await runBaselineApprove(
          { db: str(o.db), at: str(o.at), scan: str(o.scan), note: str(o.note), format: o.format as string },
          io,
        ),
      );
    });
  common(baseline.command('list').description('list the approved baselines'))
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .addHelpText('after', '\nExamples:\n  $ parapet baseline list --format json')
    .action(async (o: Record<string, unknown>) => {
      setCode(await runBaselineList({ db: str(o.db), format: o.format as string }, io));
    });

  common(
    cmd
      .command('drift')
      .description(
        'assets added, removed and changed since the baseline or between two scans, or IaC vs deployed',
      ),
  )
    .option('--since-baseline', 'from the latest approved baseline to the latest scan (the default)')
    .option('--between <scans...>', 'from scan A to scan B: --between <scanA> <scanB>')
    .option('--declared <scan>', 'an IaC scan: compare what it declares ...')
    .option(
      '--iac <path>',
      'or read and assess IaC files or directories as what is declared (repeatable)',
      collect,
    )
    .option('--deployed <scan>', '... with what a live or imported scan found (an id, or latest)')
    .option('--security-only', 'only security-relevant changes')
    .option('--history', 'list the drift recorded over time instead')
    .option('--since <time|duration>', 'with --history: only drift recorded since then (ISO time or 7d)')
    .option('--no-record', 'do not record the drift found as drift events')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('--output <file>', 'write to a file instead of stdout')
    .addHelpText(
      'after',
      `
Examples:
  $ parapet drift
  $ parapet drift --between 20261101T000000Z-a1b2c3 20261102T000000Z-d4e5f6 --security-only
  $ parapet drift --declared <iac scan id> --deployed latest --format json
  $ parapet drift --iac infra/ --deployed latest
  $ parapet drift --history --since 30d`,
    )
    .action(async (o: Record<string, unknown>) => {
      setCode(
        await runDrift(
          {
            db: str(o.db),
            at: str(o.at),
            sinceBaseline: o.sinceBaseline === true,
            between: list(o.between),
            declared: str(o.declared),
            deployed: str(o.deployed),
            iac: list(o.iac),
            securityOnly: o.securityOnly === true,
            history: o.history === true,
            since: str(o.since),
            record: o.record !== false,
            format: o.format as string,
            output: str(o.output),
          },
          io,
        ),
      );
    });

  common(
    cmd
      .command('metrics')
      .description('MTTD, MTTR, SLA attainment, open trend, recurrence, compliance trend and coverage'),
  )
    .option('--window <duration>', 'the period measured, ending now (default 30d)', '30d')
    .option(
      '--sla <severity=duration>',
      'remediation targets (defaults critical=48h,high=7d,medium=30d,low=90d)',
      collect,
    )
    .option('--framework <id>', 'compliance trend for these frameworks only (repeatable)', collect)
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('--output <file>', 'write to a file instead of stdout')
    .option('--suppressions <file>', 'suppression file (default parapet.suppressions.yaml if present)')
    .addHelpText(
      'after',
      `
Every figure is defined in docs/metrics.md.

Examples:
  $ parapet metrics
  $ parapet metrics --window 90d --format json
  $ parapet metrics --sla critical=24h,high=5d --at 2026-12-01T00:00:00Z`,
    )
    .action(async (o: Record<string, unknown>) => {
      setCode(
        await runMetrics(
          {
            db: str(o.db),
            at: str(o.at),
            window: str(o.window),
            sla: list(o.sla),
            framework: list(o.framework),
            format: o.format as string,
            output: str(o.output),
            suppressions: str(o.suppressions),
          },
          io,
        ),
      );
    });
}
