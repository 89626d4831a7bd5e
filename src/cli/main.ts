/**
 * The CLI entry: parses arguments, runs a command, and maps errors to exit codes — the only place that
 * decides how the process ends. 0 success; 1 the --fail-on threshold was met; 2 usage or input error;
 * 3 an unexpected internal error.
 */
import { Command, CommanderError, Option } from 'commander';
import { ParapetError, UsageError } from '../model/errors.js';
import { safeText } from '../report/safe-text.js';
import { processIo, type Io } from './io.js';
import { runRules } from './rules.js';
import { COMPLIANCE_FORMATS, runCompliance } from './compliance.js';
import { runScan } from './scan.js';
import { runGraph } from './graph.js';
import { runIac } from './iac.js';
import { REPORT_FORMATS } from '../report/render.js';
import { addLifecycleCommands } from './lifecycle-commands.js';
import { LIVE_SOURCES, liveSource } from '../sources/live/index.js';

const PROVIDER_NAMES: Record<string, string> = { aws: 'AWS', azure: 'Azure', gcp: 'GCP' };

export const EXIT = { ok: 0, failOn: 1, usage: 2, internal: 3 } as const;

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

function program(io: Io, setCode: (code: number) => void): Command {
  const cmd = new Command('parapet')
    .description('Cloud Security Posture Management for AWS, Azure and GCP')
    .version(process.env.npm_package_version ?? '0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => void io.stdout.write(s), writeErr: (s) => void io.stderr.write(s) });

  const scan = cmd
    .command('scan')
    .description('assess an estate, record the scan in the store and report the findings')
    .option('--demo', 'scan the bundled demo estate (no credentials, no network)')
    .option(
      '--import <file|dir>',
      'import provider exports (repeatable; format detected from content)',
      collect,
    )
    .option('--db <path>', 'SQLite store path', '.parapet/parapet.db')
    .option('--no-store', 'do not record the scan (a temporary store is used and removed)')
    .addOption(new Option('--format <format>', 'output format').choices(REPORT_FORMATS).default('table'))
    .option('--output <file>', 'write the report to a file instead of stdout')
    .option('--asff-account <id>', 'asff: AWS account that imports findings about Azure and GCP resources')
    .option(
      '--asff-region <region>',
      'asff: Security Hub region (default: the resource region, else us-east-1)',
    )
    .option(
      '--framework <id|file>',
      'only the rules mapped to this framework: a catalog id (e.g. cis-aws-7.0, hipaa) or your own catalog file',
    )
    .addOption(
      new Option('--min-severity <severity>', 'report findings at or above this severity').default('info'),
    )
    .option('--fail-on <severity>', 'exit with code 1 when a failing finding is at or above this severity')
    .option('--at <time>', 'treat this ISO time as "now" (also PARAPET_NOW)')
    .option('--include-passed', 'also list passing checks in JSON output')
    .option(
      '--no-graph',
      'skip the exposure graph and toxic combinations: every asset streams, risk reads only rule and tags (very large estates)',
    )
    .option('--config <file>', 'config file (default: parapet.config.yaml if present)')
    .option('--suppressions <file>', 'suppression file (default: parapet.suppressions.yaml if present)')
    .option('--no-progress', 'no progress lines on stderr')
    .option('--no-color', 'no colour (also NO_COLOR)')
    .addHelpText(
      'after',
      `
Examples:
  $ parapet scan --demo
  $ parapet scan --import exports/ --format json --output scan.json
  $ parapet scan --import snapshot.json.gz --fail-on high --min-severity medium
  $ parapet scan --aws --profile audit --regions eu-west-1,us-east-1
  $ parapet scan --aws --org --role-name ParapetAudit --external-id <id>
  $ parapet scan --azure --subscriptions 00000000-0000-0000-0000-000000000001 --framework cis-azure-6.0
  $ parapet scan --gcp --organization 123456789012
  $ parapet scan --demo --format html --output report.html
  $ parapet scan --demo --format ocsf --output findings.ocsf.json
  $ parapet scan --import aws/ --format asff --output asff.json

Exit codes: 0 ok, 1 --fail-on threshold met, 2 usage or input error, 3 internal error.`,
    )
    .action(async (o: Record<string, unknown>) => {
      setCode(
        await runScan(
          {
            demo: o.demo === true,
            import: o.import as string[] | undefined,
            live: LIVE_SOURCES.filter((s) => o[s.provider] === true).map((s) => ({ source: s, options: o })),
            db: o.db as string,
            store: o.store !== false,
            format: o.format as string,
            output: o.output as string | undefined,
            framework: o.framework as string | undefined,
            minSeverity: o.minSeverity as string,
            failOn: o.failOn as string | undefined,
            at: o.at as string | undefined,
            includePassed: o.includePassed === true,
            graph: o.graph !== false,
            config: o.config as string | undefined,
            asffAccount: o.asffAccount as string | undefined,
            asffRegion: o.asffRegion as string | undefined,
            suppressions: o.suppressions as string | undefined,
            progress: o.progress !== false,
            color: o.color !== false && io.env.NO_COLOR === undefined,
          },
          io,
        ),
      );
    });

  for (const source of LIVE_SOURCES) {
    scan.option(
      `--${source.provider}`,
      `collect live from ${PROVIDER_NAMES[source.provider]} (read-only API calls)`,
    );
    for (const option of source.options()) scan.addOption(option);
  }

  if (LIVE_SOURCES.length > 0)
    cmd
      .command('permissions')
      .description('print the least-privilege, read-only policy the live scanner needs')
      .argument('<provider>', `one of ${LIVE_SOURCES.map((s) => s.provider).join(', ')}`)
      .option('--explain', 'list each call with the reason Parapet makes it')
      .addHelpText(
        'after',
        '\nExamples:\n  $ parapet permissions aws > parapet-scanner-policy.json\n  $ parapet permissions azure --explain\n  $ parapet permissions gcp > parapet-scanner-role.yaml',
      )
      .action((provider: string, o: Record<string, unknown>) => {
        const source = liveSource(provider);
        if (source === undefined)
          throw new UsageError(
            `permissions: "${provider}" has no live source (expected one of ${LIVE_SOURCES.map((s) => s.provider).join(', ')})`,
          );
        io.stdout.write(source.permissions({ explain: o.explain === true }));
      });

  cmd
    .command('graph')
    .description('export the exposure and context graph (internet paths, privilege, data, environment)')
    .option('--demo', 'read the bundled demo estate')
    .option('--import <file|dir>', 'read provider exports (repeatable)', collect)
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'dot']).default('json'))
    .option('--output <file>', 'write to a file instead of stdout')
    .option('--exposed-only', 'only what is reachable from the internet and the path to it')
    .option('--at <time>', 'treat this ISO time as "now" (also PARAPET_NOW)')
    .option('--config <file>', 'config file (default: parapet.config.yaml if present)')
    .addHelpText(
      'after',
      '\nExamples:\n  $ parapet graph --demo --format dot --exposed-only | dot -Tsvg > exposure.svg\n  $ parapet graph --import exports/ --format json --output graph.json',
    )
    .action(async (o: Record<string, unknown>) => {
      setCode(
        await runGraph(
          {
            demo: o.demo === true,
            import: o.import as string[] | undefined,
            format: o.format as string,
            output: o.output as string | undefined,
            exposedOnly: o.exposedOnly === true,
            at: o.at as string | undefined,
            config: o.config as string | undefined,
          },
          io,
        ),
      );
    });

  cmd
    .command('iac')
    .description(
      'assess Infrastructure as Code (Terraform HCL and plan JSON, CloudFormation, ARM templates) with the same rules, before deployment',
    )
    .argument('<path...>', 'files or directories (directories are searched recursively)')
    .addOption(new Option('--format <format>', 'output format').choices(REPORT_FORMATS).default('table'))
    .option('--output <file>', 'write the report to a file instead of stdout')
    .option(
      '--asff-account <id>',
      'asff: AWS account whose Security Hub imports the findings (required for asff)',
    )
    .option('--asff-region <region>', 'asff: Security Hub region (default us-east-1)')
    .addOption(
      new Option('--min-severity <severity>', 'report findings at or above this severity').default('info'),
    )
    .option(
      '--fail-on <severity>',
      'exit with code 1 when an unmuted failing finding is at or above this severity',
    )
    .option('--var <name=value>', 'set a root module variable (repeatable; like terraform -var)', collect)
    .option(
      '--var-file <file>',
      'read variable values from a .tfvars or .tfvars.json file, or ARM parameter values from a *.parameters.json file (repeatable)',
      collect,
    )
    .option('--at <time>', 'treat this ISO time as "now" (also PARAPET_NOW)')
    .option('--include-passed', 'also list passing checks (json, junit)')
    .option(
      '--config <file>',
      'config file (default: parapet.config.yaml if present); iac.skipRules, iac.skipPaths',
    )
    .option('--no-color', 'no colour (also NO_COLOR)')
    .addHelpText(
      'after',
      `
Suppress one finding in the code, with a reason (required):
  # parapet:ignore aws-s3-bucket-not-public public website assets, reviewed 2026-01

Examples:
  $ parapet iac infra/
  $ parapet iac infra/ --var-file prod.tfvars --var env=prod --fail-on high
  $ parapet iac . --format sarif --output parapet.sarif
  $ terraform show -json plan.out > plan.json && parapet iac .
  $ parapet iac azuredeploy.json --var environment=production

Exit codes: 0 ok, 1 --fail-on threshold met, 2 usage or input error, 3 internal error.`,
    )
    .action(async (paths: string[], o: Record<string, unknown>) => {
      setCode(
        await runIac(
          {
            paths,
            format: o.format as string,
            output: o.output as string | undefined,
            minSeverity: o.minSeverity as string,
            failOn: o.failOn as string | undefined,
            vars: o.var as string[] | undefined,
            varFiles: o.varFile as string[] | undefined,
            at: o.at as string | undefined,
            includePassed: o.includePassed === true,
            config: o.config as string | undefined,
            asffAccount: o.asffAccount as string | undefined,
            asffRegion: o.asffRegion as string | undefined,
            color: o.color !== false && io.env.NO_COLOR === undefined,
          },
          io,
        ),
      );
    });

  cmd
    .command('compliance')
    .description('score the latest stored scan (or --scan <id>) against compliance frameworks')
    .option(
      '--framework <id|file>',
      'one framework (a catalog id such as hipaa, or your own catalog file); default: all',
    )
    .option('--scan <id>', 'score this stored scan instead of the latest')
    .addOption(
      new Option('--format <format>', 'output format').choices([...COMPLIANCE_FORMATS]).default('table'),
    )
    .option('--output <file>', 'write the report to a file instead of stdout')
    .option('--db <path>', 'SQLite store path', '.parapet/parapet.db')
    .option(
      '--at <time>',
      'treat this ISO time as "now": the latest scan started at or before it (also PARAPET_NOW)',
    )
    .option('--config <file>', 'config file (default: parapet.config.yaml if present)')
    .option('--no-color', 'no colour (also NO_COLOR)')
    .addHelpText(
      'after',
      `
Examples:
  $ parapet scan --demo && parapet compliance
  $ parapet compliance --framework hipaa --format html --output hipaa-report.html
  $ parapet compliance --framework pci-dss-4.0 --format json
  $ parapet compliance --framework ./acme-baseline.json --format csv --output acme.csv

Statuses: pass, fail, manual, not_assessed. Scores: controls (passing / assessed requirements) and
resources (weighted passing / judged resources); see docs/compliance.md.`,
    )
    .action(async (o: Record<string, unknown>) => {
      setCode(
        await runCompliance(
          {
            framework: o.framework as string | undefined,
            scan: o.scan as string | undefined,
            format: o.format as string,
            output: o.output as string | undefined,
            db: o.db as string,
            at: o.at as string | undefined,
            config: o.config as string | undefined,
            color: o.color !== false && io.env.NO_COLOR === undefined,
          },
          io,
        ),
      );
    });

  cmd
    .command('rules')
    .description('list the rules with their metadata and framework mappings')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .addOption(
      new Option('--provider <provider>', 'only rules for one provider').choices(['aws', 'azure', 'gcp']),
    )
    .option('--framework <id|file>', 'only rules mapped to this framework (a catalog id or a catalog file)')
    .option('--config <file>', 'config file (default: parapet.config.yaml if present)')
    .addHelpText(
      'after',
      '\nExamples:\n  $ parapet rules\n  $ parapet rules --provider aws --format json\n  $ parapet rules --framework ./my-framework.json',
    )
    .action(async (o: Record<string, unknown>) => {
      setCode(
        await runRules(
          {
            format: o.format as string,
            provider: o.provider as string | undefined,
            framework: o.framework as string | undefined,
            config: o.config as string | undefined,
          },
          io,
        ),
      );
    });
  addLifecycleCommands(cmd, io, setCode);
  return cmd;
}

/** Run the CLI with `argv` (without node and script) and return the exit code. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  let code: number = EXIT.ok;
  try {
    await program(io, (c) => (code = c)).parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.code === 'commander.helpDisplayed' ||
        e.code === 'commander.version' ||
        e.code === 'commander.help'
        ? EXIT.ok
        : EXIT.usage;
    }
    if (e instanceof ParapetError && ['USAGE', 'INPUT', 'CONFIG', 'CATALOG'].includes(e.code)) {
      io.stderr.write(`parapet: ${safeText(e.message)}\n`);
      return EXIT.usage;
    }
    const detail = e instanceof Error ? (e.stack ?? e.message) : String(e);
    io.stderr.write(`parapet: internal error: ${safeText(detail).replace(/\\x0a/g, '\n')}\n`);
    return EXIT.internal;
  }
}
