/**
 * demo/README.md: the company, the files and their formats, the deliberate misconfigurations, and what
 * the exports cannot tell. Written by the generator so the file list always matches the files.
 */
import { AWS_ACCOUNTS, AWS_VENDOR_ACCOUNT, AZURE_SUBSCRIPTIONS, GCP_PROJECTS } from './company.js';

/** What one demo file is, from its path. */
function describe(path: string): string {
  if (path.endsWith('.json.gz'))
    return 'AWS Config snapshot as delivered to S3 (gzip; file spelling: `awsAccountId`, `ARN`, configuration objects)';
  if (/_ConfigSnapshot_/.test(path))
    return 'AWS Config snapshot as delivered to S3, decompressed (file spelling: `awsAccountId`, `ARN`, configuration objects)';
  if (path.includes('config-history-'))
    return '`aws configservice get-resource-config-history` output, one call per resource gathered in one document (API spelling: `accountId`, `arn`, configuration and supplementary values as JSON text)';
  if (path.endsWith('iam-credential-report.csv'))
    return 'IAM credential report, the CSV as the console downloads it';
  if (path.endsWith('iam-credential-report.json'))
    return '`aws iam get-credential-report` output (the CSV base64-encoded in `Content`)';
  if (path.endsWith('.table.json'))
    return 'Resource Graph REST API result in the older table format (`data.columns` / `data.rows`), `resources` table';
  if (path.endsWith('resourcecontainers.json'))
    return '`az graph query` output: `resourcecontainers` (subscriptions, resource groups)';
  if (path.endsWith('role-assignments.json'))
    return '`az graph query` output: `authorizationresources` (role assignments)';
  if (path.startsWith('azure/')) return '`az graph query -o json` output: `resources` table';
  if (path.endsWith('resource-export.jsonl'))
    return path.includes('nwf-data-dev')
      ? 'Cloud Asset Inventory export, content type `resource`, JSON Lines in the older proto spelling (`asset_type`, `update_time`)'
      : 'Cloud Asset Inventory export, content type `resource`, JSON Lines (`assetType`, `updateTime`)';
  if (path.endsWith('iam-policy-export.jsonl'))
    return 'Cloud Asset Inventory export, content type `iam-policy`, JSON Lines (project, bucket and service account policies)';
  return '';
}

const MISCONFIGURATIONS = `
### AWS

**nwf-prod** (production)
- \`nwf-marketing-site-assets\`: public through its bucket policy (marketing site), bucket-level Block Public
  Access partly off, account-level Block Public Access partly off to allow it; no versioning, no TLS-only policy.
- \`tracking-prod-pg\`: production PostgreSQL created in 2019 without storage encryption (and its manual snapshot
  is unencrypted too); password authentication only.
- \`reporting-mysql-legacy\`: publicly accessible, unencrypted, single-AZ, three days of backups, no minor version
  upgrades; its security group opens 3306 to \`0.0.0.0/0\` for a BI tool. Exposed, unencrypted, production and
  confidential: a toxic combination (\`aws-combo-exposed-unencrypted-production-database\`).
- \`nwf-partner-edi-drop\`: readable by anyone through its bucket policy, tagged confidential (toxic combination
  \`aws-combo-public-confidential-bucket\`).
- \`edi-sftp-01\`: a production SFTP host launched into the default VPC (no flow logs) with SSH open to the world
  through \`edi-sftp-partners\` (toxic combination \`aws-combo-exposed-management-port-production-no-flow-logs\`).
- \`ops-bastion-ssh\`: SSH open to the world "temporarily" for vendor support; the bastion has a public IP and
  still accepts IMDSv1.
- \`reporting-legacy-01\`: an unencrypted 500 GiB data volume.
- The default VPCs of eu-west-1 and us-east-1 were never removed: no flow logs, default security groups with
  their default rules.
- \`partner-api-v1-alb\`: \`ELBSecurityPolicy-2016-08\` (TLS 1.0), no access logs, no deletion protection, forwards
  malformed headers; \`tracking-ingest-nlb\` keeps no access logs.
- \`partner-exchange\` KMS key: no automatic rotation.
- IAM: \`m.lindqvist\` signs in without MFA and has AdministratorAccess attached directly; \`svc-legacy-ftp\`'s only
  access key dates from February 2025; \`r.patel-contractor\` left in June 2025 but the password still works;
  \`freightlytics-readonly\` trusts the vendor account ${AWS_VENDOR_ACCOUNT} without an external id; \`ci-deployer\`
  (GitHub OIDC) has AdministratorAccess; \`nwf-breakglass-admin\` allows \`*\` on \`*\`; \`data-pipeline-s3\` allows
  \`s3:*\`; \`OrganizationAccountAccessRole\` (in every account) trusts the management account without conditions.
- The root user signed in on 2026-11-19.
- \`booking-prod-pg-dr\` (us-east-1 read replica) is single-AZ.

**nwf-staging**
- \`debug-allow-all-temp\`: all traffic from \`0.0.0.0/0\` ("remove after 2026-09-30"), used by a load-test runner
  with a public IP and IMDSv1 whose role \`perf-test-runner\` has AdministratorAccess (toxic combination
  \`aws-combo-exposed-instance-admin-role\`); \`win-jump-rdp\`: RDP from anywhere; \`eks-staging-nodes\`: kubelet (10250) and
  NodePorts from anywhere.
- \`staging-eks\`: public endpoint open to \`0.0.0.0/0\`, no control plane logs, secrets not envelope-encrypted.
- \`staging-alb\`: HTTP served without redirect, no access logs, no deletion protection.
- \`staging-booking-pg\`: one day of backups, single-AZ, no deletion protection.
- \`staging-trail\`: single-region, no log file validation, no KMS, no CloudWatch Logs.
- The VPC flow log of \`nwf-staging-core\` captures accepted traffic only; the us-east-1 VPC has none.
- \`nwf-staging-test-fixtures\`: versioning suspended, plain HTTP accepted.
- \`partner-upload-role\` trusts \`"AWS": "*"\` guarded only by an external id; \`staging-deploy\` allows \`ecr:*\`.
- IAM: \`ci-legacy-jenkins\`'s key is from 2024 and unused since July 2025; \`qa.tester\` has a console password
  without MFA that was never used.
- Root user: no MFA, and an active access key.

**nwf-security** (security / shared services) is the tidy one; still: \`break-glass-admin\` has
AdministratorAccess attached directly and has not signed in since March (a deliberate trade-off that a CSPM still
reports).

Low-severity findings that most real estates have: SSE-S3 instead of SSE-KMS on log buckets (ALB and S3 access
logs require SSE-S3), MFA delete off, access logging off on log buckets.

### Azure

**Customer Portal (Production)**
- \`stnwfcdnprod\`: anonymous blob access allowed, no firewall, shared keys allowed; a tag value contains HTML.
- \`nsg-legacy-edi\`: RDP (3389) from anywhere for vendor support; the EDI gateway VM has a public IP, no encryption
  at host, and a platform-key OS disk that allows public network access.
- \`nsg-depot-voip\`: SIP/RTP (UDP) from the internet at the Zürich depot, whose VM \`vm-lager-zürich-01\` has a public
  IP.
- \`sql-nwf-finance-prod\`: public network access with a TLS 1.0 minimum.
- \`stnwfdiagprod\`: reachable from every network; \`stnwfinvoicesprod\` still allows shared keys;
  \`kv-nwf-finance-prod\` uses access policies instead of RBAC.
- Four Owners on the subscription, two of them individual users.

**Dev/Test** (saved in the REST table format)
- \`nsg-dev-jumpbox\`: SSH from anywhere, and the jump box has a public IP; \`nsg-dev-db\`: PostgreSQL from the
  internet.
- \`stnwfdevscratch\`: TLS 1.0, plain HTTP, anonymous blob access; \`stnwfdevvhds\` (2018) never set the anonymous
  access flag.
- \`vm-dev-legacy-win2016\` still runs on unmanaged VHD disks; dev VMs lack encryption at host; dev disks use
  platform keys and allow public network access.
- \`sql-nwf-portal-dev\`: public, no minimum TLS, no Entra admin; \`kv-nwf-dev\`: no purge protection, access
  policies, no firewall.

### Google Cloud

**nwf-routing-prod**
- \`nwf-routing-prod-map-tiles\`: \`allUsers\` can read (public access prevention inherited).
- \`allow-vendor-debug-ssh\`: SSH from \`0.0.0.0/0\` to instances tagged \`debug\`.
- \`legacy-geocoder-01\`: default compute service account with the \`cloud-platform\` scope, external IP, project-wide
  SSH keys accepted, not a Shielded VM; \`nat-gw-euw4\` forwards IP (a NAT instance from before Cloud NAT);
  \`route-solver-02\` has the serial port enabled.
- \`routing-euw4\` subnet: no flow logs; \`routing-reports-mysql\`: public IP (authorized for the office only).
- \`ci-deployer@\` is a project Editor and its user-managed key dates from April 2025; developers hold
  \`roles/iam.serviceAccountUser\` on the whole project.

**nwf-data-dev** (resources in the older snake_case export)
- The \`default\` network still exists with \`default-allow-ssh\` and \`default-allow-rdp\` open to the world; its
  subnets have neither flow logs nor Private Google Access, and no DNS policy logs its queries.
- \`analytics-pg-dev\`: public IP authorized for \`0.0.0.0/0\`, unencrypted connections allowed, no backups;
  \`allow-postgres-analysts\` opens 5432 to the world.
- \`analytics-gke\`: legacy ABAC, no authorized networks, public endpoint.
- \`jupyter-hub-01\`: default service account with full access, external IP, not shielded.
- \`nwf-data-dev-scratch\`: fine-grained ACLs, public access prevention not enforced.
- No Data Access audit logs; the default compute service account keeps Editor; \`etl-runner@\` is BigQuery Admin;
  a user holds \`roles/iam.serviceAccountTokenCreator\` on the project; the Looker export key dates from January 2025.
- \`nwf-data-dev-exports\` grants \`allAuthenticatedUsers\` read, but enforced public access prevention makes the
  binding inert: Parapet passes it and says why.
`;

/** The README text; `files` are the demo's paths (relative to demo/). */
export function demoReadme(files: readonly string[]): string {
  const rows = [...files, 'README.md']
    .filter((f) => f !== 'README.md')
    .sort()
    .map((f) => `| \`${f}\` | ${describe(f)} |`)
    .join('\n');
  const accounts = AWS_ACCOUNTS.map(
    (a) => `| ${a.alias} | \`${a.id}\` | ${a.env} | ${a.regions.join(', ')} (home: ${a.home}) |`,
  ).join('\n');
  const subs = AZURE_SUBSCRIPTIONS.map((s) => `| ${s.name} | \`${s.id}\` | ${s.env} | ${s.location} |`).join(
    '\n',
  );
  const projects = GCP_PROJECTS.map(
    (p) => `| ${p.id} | \`${p.number}\` | ${p.env} | ${p.displayName} |`,
  ).join('\n');
  return `# The demo estate: Northwind Freight

\`parapet scan --demo\` reads every file in this directory. They are the cloud estate of **Northwind Freight**, a
fictional European freight forwarder, in the providers' own export formats, exactly as the tools produce them —
nothing here is Parapet-specific. Everything is generated by \`scripts/generate-demo.ts\`
(\`npx tsx scripts/generate-demo.ts\`); \`test/demo.test.ts\` checks that these files are what it produces, so edit
the generator, not the files.

The exports were taken on 2026-11-27 around 03:00 UTC. Rules that judge ages (access keys, unused credentials,
root user activity) compare with the scan time, so \`parapet scan --demo --at 2026-11-28T12:00:00Z\` reproduces
the results described here; later scans see the keys grow older (what is old now stays old).

## The company

Northwind Freight books, tracks and delivers freight across Europe. Teams (the \`Owner\`/\`owner\` tag): booking,
shipment-tracking, customer-portal, route-optimisation, data-engineering, finance-systems, marketing-web,
platform-engineering and security-operations. Every resource that can carry tags does, in each provider's
spelling:

| Provider | Owner | Environment | Data classification |
| --- | --- | --- | --- |
| AWS | \`Owner\` | \`Environment\` (prod, staging) | \`DataClassification\` (restricted, confidential, internal, public) |
| Azure | \`owner\` | \`env\` (prod, dev) | \`data-class\` |
| GCP (labels) | \`owner\` | \`env\` (prod, dev) | \`data-classification\` |

Some resource types cannot be tagged at all and arrive without tags: AWS managed KMS keys and service-linked
roles, the AWS account itself, Azure role assignments, GCP firewall rules, networks, subnetworks, service accounts
and their keys.

AWS accounts (AWS Organizations; the management account is not part of the demo):

| Account | Id | Environment | Regions recorded by AWS Config |
| --- | --- | --- | --- |
${accounts}

Azure subscriptions (one tenant):

| Subscription | Id | Environment | Main region |
| --- | --- | --- | --- |
${subs}

GCP projects (one organisation):

| Project | Number | Environment | Display name |
| --- | --- | --- | --- |
${projects}

## The files

| File | Format |
| --- | --- |
${rows}

Every AWS Config file carries the recorder's own item (\`AWS::Config::ConfigurationRecorder\`, all supported types;
global types in the home region, whose file also holds the account's IAM users, roles, groups and policies), so
rules that conclude from an absence (a VPC without flow logs) can decide. The IAM credential reports describe the
same users as AWS Config; Parapet merges the two by ARN (permissions from Config, credentials from the report).
Some records are of types Parapet does not assess yet (subnets, internet gateways, IAM groups, a Lambda function,
virtual networks, NICs, resource groups, GCP disks); they are counted, not judged.

Realistic oddities a CSPM must survive: an Azure tag value containing \`<script>\`, an AWS tag value with ANSI
colour escapes pasted from a terminal, and resources with non-ASCII names (\`vm-lager-zürich-01\`, resource group
\`rg-depot-zürich\`). Public IP addresses use the documentation ranges (192.0.2.0/24, 198.51.100.0/24,
203.0.113.0/24) and e-mail addresses the reserved \`.example\` domain.

## Deliberate misconfigurations

Most resources pass most rules; these are the exceptions (about 100 different rules fail).
${MISCONFIGURATIONS}
## What the exports cannot tell

These show as "could not assess" — honest unknowns, not gaps in the demo:

- The IAM password policy (two rules): neither AWS Config nor the credential report records it.
- EBS encryption by default: a per-region account setting AWS Config does not record.
- Whether a multi-region CloudTrail trail exists that is logging: AWS Config does not record a trail's logging
  status, and a Config file cannot show that no other trail exists.
- Whether a GCP project holds API keys, has a sink exporting all its logs, or has the Cloud Asset API
  enabled: a CAI export may be filtered by asset type, so the absence of \`apikeys.googleapis.com/Key\`,
  \`logging.googleapis.com/LogSink\` or \`serviceusage.googleapis.com/Service\` records does not show there
  are none.
- Azure settings that live outside Resource Graph (blob and file service soft delete, versioning and SMB
  settings; Key Vault key/secret expiry and logging; SQL firewall rules, auditing and TDE; Defender plans,
  security contacts and activity log export), and whether a subscription has an activity log alert,
  Network Watcher, Bastion host or Application Insights component: an \`az graph query\` export may be
  filtered, so absence shows nothing.

A live scan (\`parapet scan --aws\`) reads the first three; \`parapet scan --gcp\` lists the GCP types completely; \`parapet scan --azure\` reads the Azure ones from ARM.
`;
}
