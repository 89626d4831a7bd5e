import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from './main.js';
import { memoryIo } from './io.js';
import { asffProblems } from '../report/asff.js';

const ROOT = resolve(import.meta.dirname, '../..');
const AT = '2026-01-15T00:00:00Z';

interface JsonFinding {
  ruleId: string;
  status: string;
  source: { file: string; line: number };
  resource: { uid: string };
  evidence: Record<string, unknown>;
}

async function iacJson(args: string[], cwd = ROOT) {
  const io = memoryIo({}, cwd);
  const code = await main(['iac', ...args, '--format', 'json', '--at', AT], io);
  return {
    code,
    doc: JSON.parse(io.out()) as { summary: Record<string, unknown>; findings: JsonFinding[] },
    err: io.err(),
  };
}

describe('parapet iac examples/', () => {
  it('flags exactly what the example tree should, at the right files and lines', async () => {
    const { code, doc } = await iacJson(['examples']);
    expect(code).toBe(0);
    const got = doc.findings.map((f) => `${f.status} ${f.ruleId} ${f.source.file}:${f.source.line}`).sort();
    const main = 'examples/terraform/main.tf';
    const db = 'examples/terraform/modules/database/main.tf';
    const cfn = 'examples/cloudformation/storage.yaml';
    const az = 'examples/terraform-azure/main.tf';
    const gcp = 'examples/terraform-gcp/main.tf';
    const plan = 'examples/terraform-plan';
    const arm = 'examples/arm/azuredeploy.json';
    expect(got).toEqual(
      [
        `error aws-ec2-volume-encrypted ${main}:111`,
        // IaC does not show AWS Backup plans' selections: coverage is unknown, never a failure.
        `error aws-ec2-volume-in-backup-plan ${main}:108`,
        `error aws-rds-instance-in-backup-plan ${plan}/modules/database/main.tf:9`,
        `error aws-rds-instance-in-backup-plan ${plan}/modules/database/main.tf:9`,
        `error aws-rds-instance-in-backup-plan ${db}:14`,
        `fail aws-ec2-security-group-no-public-rdp ${main}:102`,
        `fail aws-ec2-security-group-no-public-ssh ${main}:102`,
        `fail aws-rds-instance-not-public ${db}:18`,
        `fail aws-s3-bucket-access-logging-enabled ${main}:85`,
        `fail aws-s3-bucket-default-encryption-kms ${main}:85`,
        `fail aws-s3-bucket-mfa-delete-enabled ${main}:85`,
        `fail aws-s3-bucket-not-public ${main}:87`,
        `fail aws-s3-bucket-public-access-blocked ${main}:85`,
        `fail aws-s3-bucket-ssl-requests-only ${main}:85`,
        `fail aws-s3-bucket-versioning-enabled ${main}:85`,
        `muted aws-rds-instance-multi-az-enabled ${db}:22`,
        `fail aws-ec2-security-group-no-public-rdp ${cfn}:58`,
        `error aws-s3-bucket-mfa-delete-enabled ${cfn}:14`,
        `fail azure-network-nsg-no-public-ssh ${az}:35`,
        `fail azure-storage-account-secure-transfer-required ${az}:48`,
        `fail azure-storage-account-key-expiration-policy-set ${az}:42`,
        `error azure-storage-account-keys-rotated-90-days ${az}:42`,
        `fail gcp-compute-firewall-no-public-rdp ${gcp}:6`,
        `fail gcp-storage-bucket-not-public ${gcp}:36`,
        `fail gcp-storage-bucket-public-access-prevention-enforced ${gcp}:26`,
        // Terraform plan JSON, pointing back at the configuration beside it.
        `fail aws-ec2-security-group-no-public-ssh ${plan}/main.tf:30`,
        `fail aws-ec2-security-group-no-public-rdp ${plan}/main.tf:117`,
        `fail aws-rds-instance-not-public ${plan}/modules/database/main.tf:13`,
        ...['all-ports', 'database-ports', 'kubernetes-api', 'rdp', 'ssh'].map(
          (r) => `error aws-ec2-security-group-no-public-${r} ${plan}/main.tf:46`,
        ),
        // ARM template.
        `fail azure-storage-account-public-blob-access-disabled ${arm}:52`,
        `fail azure-storage-account-min-tls-1-2 ${arm}:51`,
        `fail azure-storage-account-default-network-deny ${arm}:59`,
        `fail azure-storage-account-public-network-access-disabled ${arm}:40`,
        `fail azure-storage-account-geo-redundant ${arm}:47`,
        `error azure-storage-account-keys-rotated-90-days ${arm}:40`,
        `fail azure-network-nsg-no-public-rdp ${arm}:160`,
        ...['database-ports', 'http', 'rdp', 'ssh', 'udp'].map(
          (r) => `error azure-network-nsg-no-public-${r} ${arm}:183`,
        ),
        `fail azure-sql-server-no-internet-firewall-rule ${arm}:211`,
        `fail azure-sql-server-public-network-access-disabled ${arm}:208`,
        `fail azure-sql-server-entra-admin-configured ${arm}:200`,
        // Rules added with the FSBP RDS and S3 controls (copy tags, monitoring, log exports, TLS,
        // VPC placement, ACLs, Object Lock) on the example databases and buckets.
        `error aws-rds-instance-in-vpc ${plan}/modules/database/main.tf:9`,
        `error aws-rds-instance-in-vpc ${plan}/modules/database/main.tf:9`,
        `error aws-rds-instance-in-vpc ${db}:14`,
        `error aws-rds-instance-postgresql-tls-required ${plan}/modules/database/main.tf:9`,
        `error aws-rds-instance-postgresql-tls-required ${plan}/modules/database/main.tf:9`,
        `error aws-rds-instance-postgresql-tls-required ${db}:14`,
        `fail aws-rds-instance-copy-tags-to-snapshots ${plan}/modules/database/main.tf:9`,
        `fail aws-rds-instance-copy-tags-to-snapshots ${plan}/modules/database/main.tf:9`,
        `fail aws-rds-instance-copy-tags-to-snapshots ${db}:14`,
        `fail aws-rds-instance-enhanced-monitoring-enabled ${plan}/modules/database/main.tf:9`,
        `fail aws-rds-instance-enhanced-monitoring-enabled ${plan}/modules/database/main.tf:9`,
        `fail aws-rds-instance-enhanced-monitoring-enabled ${db}:14`,
        `fail aws-rds-instance-logs-exported ${plan}/modules/database/main.tf:9`,
        `fail aws-rds-instance-logs-exported ${plan}/modules/database/main.tf:9`,
        `fail aws-rds-instance-logs-exported ${db}:14`,
        `fail aws-rds-instance-postgresql-logs-exported ${plan}/modules/database/main.tf:9`,
        `fail aws-rds-instance-postgresql-logs-exported ${plan}/modules/database/main.tf:9`,
        `fail aws-rds-instance-postgresql-logs-exported ${db}:14`,
        `fail aws-s3-bucket-acls-not-used ${main}:87`,
        `fail aws-s3-bucket-object-lock-enabled ${cfn}:14`,
        `fail aws-s3-bucket-object-lock-enabled ${plan}/main.tf:51`,
        `fail aws-s3-bucket-object-lock-enabled ${plan}/main.tf:51`,
        `fail aws-s3-bucket-object-lock-enabled ${main}:33`,
        `fail aws-s3-bucket-object-lock-enabled ${main}:85`,
        // FSBP S3.7/.10/.11/.13 (lifecycle, notifications, replication): the hardened `reports` bucket
        // configures them through separate resources and passes; the other buckets do not.
        ...[`${cfn}:14`, `${plan}/main.tf:51`, `${plan}/main.tf:51`, `${main}:85`].flatMap((at) =>
          ['cross-region-replication-enabled', 'event-notifications-enabled', 'lifecycle-configured'].map(
            (r) => `fail aws-s3-bucket-${r} ${at}`,
          ),
        ),
        ...[`${cfn}:28`, `${plan}/main.tf:80`, `${plan}/main.tf:80`].map(
          (at) => `fail aws-s3-bucket-versioned-lifecycle-configured ${at}`,
        ),
        // CIS 4.8/4.9: no trail in these configurations covers the buckets; a trail elsewhere may.
        ...[`${cfn}:14`, `${plan}/main.tf:51`, `${plan}/main.tf:51`, `${main}:33`, `${main}:85`].flatMap(
          (at) => ['read', 'write'].map((rw) => `error aws-s3-bucket-object-${rw}-events-logged ${at}`),
        ),
        // FSBP EC2.22: templates create no network interfaces, so whether a group is attached is unknown.
        ...[
          `${cfn}:50`,
          `${plan}/main.tf:117`,
          `${plan}/main.tf:21`,
          `${plan}/main.tf:21`,
          `${plan}/main.tf:35`,
        ].map((at) => `error aws-ec2-security-group-in-use ${at}`),
        `error aws-ec2-security-group-in-use ${main}:91`,
        `error aws-ec2-security-group-in-use ${main}:91`,
      ].sort(),
    );
    const uids = new Set(doc.findings.map((f) => f.resource.uid));
    // The bucket hardened through separate resources is not flagged at all, beyond FSBP S3.15 (Object
    // Lock, which the example does not configure) and CIS 4.8/4.9 (no trail in the configuration).
    const NOT_CONFIGURED = new Set([
      'aws-s3-bucket-object-lock-enabled',
      'aws-s3-bucket-object-read-events-logged',
      'aws-s3-bucket-object-write-events-logged',
    ]);
    const beyondObjectLock = (f: JsonFinding) => !NOT_CONFIGURED.has(f.ruleId);
    expect(
      doc.findings.filter(beyondObjectLock).some((f) => f.resource.uid.endsWith('aws_s3_bucket.reports')),
    ).toBe(false);
    // The same from a plan: for_each buckets joined with their settings through `each.value`.
    expect(
      doc.findings
        .filter(beyondObjectLock)
        // (The plan example configures no lifecycle, notifications or replication: FSBP S3.7/.11/.13.)
        .filter((f) => !/-(cross-region-replication|event-notifications|lifecycle)-/.test(f.ruleId))
        .some((f) => f.resource.uid.includes('aws_s3_bucket.archive')),
    ).toBe(false);
    expect(uids).toContain('examples/terraform-plan/main.tf#aws_security_group.web[1]');
    expect(uids).toContain(
      'examples/terraform-plan/modules/database/main.tf#module.db["orders"].aws_db_instance.this',
    );
    // The CloudFormation volume's condition is false for the default parameters: not deployed, not judged.
    expect(doc.findings.some((f) => f.resource.uid.includes('ProductionVolume'))).toBe(false);
    // The separate NSG rule and bucket IAM member are joined into their parents' assets.
    expect(doc.findings.some((f) => f.resource.uid.includes('azurerm_network_security_rule'))).toBe(false);
    expect(doc.findings.some((f) => f.resource.uid.includes('google_compute_firewall.iap_ssh'))).toBe(false);
    expect(uids).toContain(`${az}#azurerm_network_security_group.app`);
    expect(uids).toContain(`${gcp}#google_storage_bucket.site`);
    expect(uids).toContain('examples/terraform/main.tf#aws_security_group.admin["ssh"]');
    expect(uids).toContain(
      'examples/terraform/modules/database/main.tf#module.orders_db.aws_db_instance.this',
    );
    const muted = doc.findings.find((f) => f.status === 'muted')!;
    expect(muted.evidence.suppression).toMatchObject({
      reason: 'staging databases run in one zone by design',
    });
    expect(doc.summary.results).toMatchObject({ muted: 1 });
  });

  it('gates CI with --fail-on and takes variables from --var', async () => {
    const io = memoryIo({}, ROOT);
    expect(await main(['iac', 'examples', '--fail-on', 'critical', '--at', AT], io)).toBe(1);
    // With the variable given, the unknown becomes a verdict.
    const { doc } = await iacJson(['examples', '--var', 'volume_encrypted=true']);
    expect(doc.findings.some((f) => f.ruleId === 'aws-ec2-volume-encrypted')).toBe(false);
    const { doc: off } = await iacJson(['examples', '--var', 'volume_encrypted=false']);
    expect(off.findings.find((f) => f.ruleId === 'aws-ec2-volume-encrypted')?.status).toBe('fail');
  });

  it('reports a suppression without a reason, and applies config skip rules and paths', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parapet-iac-'));
    writeFileSync(
      join(dir, 'main.tf'),
      '# parapet:ignore aws-s3-bucket-not-public\nresource "aws_s3_bucket" "b" {\n  acl = "public-read"\n}\n',
    );
    const { doc } = await iacJson(['main.tf'], dir);
    expect(doc.findings.find((f) => f.ruleId === 'aws-s3-bucket-not-public')?.status).toBe('fail');
    const diag = (doc as unknown as { scan: { diagnostics: { message: string }[] } }).scan.diagnostics;
    expect(diag.map((d) => d.message)).toContain(
      'main.tf:1: parapet:ignore aws-s3-bucket-not-public gives no reason; it is not applied',
    );
    writeFileSync(join(dir, 'parapet.config.yaml'), 'iac:\n  skipRules: [aws-s3-bucket-not-public]\n');
    const skipped = await iacJson(['main.tf'], dir);
    expect(skipped.doc.findings.some((f) => f.ruleId === 'aws-s3-bucket-not-public')).toBe(false);
    writeFileSync(join(dir, 'parapet.config.yaml'), 'iac:\n  skipPaths: ["*.tf"]\n');
    expect((await iacJson(['main.tf'], dir)).doc.findings).toEqual([]);
  });

  it('writes JUnit XML with failures, unknowns as errors and muted results as skipped', async () => {
    const io = memoryIo({}, ROOT);
    await main(['iac', 'examples', '--format', 'junit', '--at', AT], io);
    const xml = io.out();
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="parapet iac" tests="104" failures="62" errors="41" skipped="1">/,
    );
    expect(xml).toContain(
      '<testcase classname="aws-s3-bucket-not-public" name="examples/terraform/main.tf:87 aws_s3_bucket.website" file="examples/terraform/main.tf" line="87"><failure',
    );
    expect(xml).toContain('<skipped message="muted: staging databases run in one zone by design"/>');
  });
});

describe('parapet iac --format asff', () => {
  it('needs --asff-account (IaC resources have no deployed account) and then writes valid ASFF', async () => {
    const bad = memoryIo({}, ROOT);
    expect(await main(['iac', 'examples', '--format', 'asff', '--at', AT], bad)).toBe(2);
    expect(bad.err()).toMatch(/--asff-account: IaC resources have no deployed AWS account/);
    const io = memoryIo({}, ROOT);
    const args = ['iac', 'examples', '--format', 'asff', '--asff-account', '123456789012', '--at', AT];
    expect(await main([...args, '--asff-region', 'eu-west-1'], io)).toBe(0);
    const findings = JSON.parse(io.out()) as Record<string, unknown>[];
    expect(findings.length).toBe(104);
    expect(findings.flatMap((f) => asffProblems(f))).toEqual([]);
    expect(findings[0]).toMatchObject({
      AwsAccountId: '123456789012',
      ProductArn: 'arn:aws:securityhub:eu-west-1:123456789012:product/123456789012/default',
    });
  });
});

describe('SARIF', () => {
  const multitool = join(ROOT, 'node_modules/.bin/sarif-multitool');

  it('is valid SARIF 2.1.0 with GitHub code scanning properties (validated by sarif-multitool)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parapet-sarif-'));
    const file = join(dir, 'iac.sarif');
    const io = memoryIo({}, ROOT);
    await main(['iac', 'examples', '--format', 'sarif', '--output', file, '--at', AT], io);
    const log = JSON.parse(readFileSync(file, 'utf8')) as {
      version: string;
      runs: {
        tool: {
          driver: { rules: { id: string; help: { text: string }; properties: Record<string, unknown> }[] };
        };
        results: {
          ruleId: string;
          partialFingerprints: Record<string, string>;
          locations: {
            physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } };
          }[];
          suppressions?: unknown[];
        }[];
      }[];
    };
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0]!;
    const rule = run.tool.driver.rules.find((r) => r.id === 'aws-s3-bucket-not-public')!;
    expect(rule.properties['security-severity']).toBe('9.5');
    expect(rule.help.text).toMatch(/Remediation:/);
    const res = run.results.find((r) => r.ruleId === 'aws-s3-bucket-not-public')!;
    expect(res.locations[0]!.physicalLocation).toMatchObject({
      artifactLocation: { uri: 'examples/terraform/main.tf' },
      region: { startLine: 87 },
    });
    expect(res.partialFingerprints['parapetFindingId/v1']).toMatch(/^[0-9a-f]{24}$/);
    expect(run.results.filter((r) => r.suppressions)).toHaveLength(1);
    // Same input, same fingerprints.
    const again = memoryIo({}, ROOT);
    await main(['iac', 'examples', '--format', 'sarif', '--at', AT], again);
    expect(
      JSON.stringify(
        (JSON.parse(again.out()) as typeof log).runs[0]!.results.map((r) => r.partialFingerprints),
      ),
    ).toBe(JSON.stringify(run.results.map((r) => r.partialFingerprints)));
    if (!existsSync(multitool)) throw new Error('sarif-multitool is not installed (npm install)');
    const out = execFileSync(multitool, ['validate', file, '--level', 'Error', 'Warning'], {
      encoding: 'utf8',
    });
    expect(out).toMatch(/Analysis completed successfully/);
    expect(out).not.toMatch(/\b(error|warning) (JSON|SARIF)\d+/);
  }, 60_000);

  it('renders parapet scan results too', async () => {
    const io = memoryIo({}, ROOT);
    await main(['scan', '--demo', '--no-store', '--no-progress', '--format', 'sarif', '--at', AT], io);
    const log = JSON.parse(io.out()) as {
      runs: { results: { locations: { logicalLocations: unknown[] }[] }[] }[];
    };
    expect(log.runs[0]!.results.length).toBeGreaterThan(10);
    expect(log.runs[0]!.results[0]!.locations[0]!.logicalLocations).toHaveLength(1);
  }, 60_000);
});
