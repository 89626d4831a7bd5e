/**
 * A live AWS collection run: resolve credentials, find the accounts (one, or the organisation's) and
 * their enabled regions, then collect every account × region × service concurrently, within limits.
 * Events stream out as they are produced. A failing account, region or call is recorded (diagnostic,
 * gaps, no coverage claim) and never stops the rest.
 */
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { OrganizationsClient, paginateListAccounts, type Account } from '@aws-sdk/client-organizations';
import { DescribeRegionsCommand } from '@aws-sdk/client-ec2';
import { fromNodeProviderChain, fromTemporaryCredentials } from '@aws-sdk/credential-providers';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import { accountUid } from '../../../inventory/aws/account.js';
import { unknown } from '../../../model/unknown.js';
import type { ImportEvent } from '../../import/types.js';
import type { LiveContext } from '../types.js';
import { collectAnalytics } from './collectors/analytics.js';
import { collectAppServices } from './collectors/app-services.js';
import { collectApps } from './collectors/apps.js';
import { collectCloudTrail } from './collectors/cloudtrail.js';
import { collectEc2, ebsEncryptionByDefault, ec2Client } from './collectors/ec2.js';
import { collectEks } from './collectors/eks.js';
import { collectEdgeGlobal, collectEdgeRegional } from './collectors/edge.js';
import { collectElb } from './collectors/elb.js';
import { collectElbv2 } from './collectors/elbv2.js';
import { collectFirewallsGlobal, collectFirewallsRegional } from './collectors/firewalls.js';
import { collectIam, credentialReport, passwordPolicy } from './collectors/iam.js';
import { collectKms } from './collectors/kms.js';
import { collectMonitoring } from './collectors/monitoring.js';
import { macieEnabled } from './collectors/macie.js';
import { collectRds } from './collectors/rds.js';
import {
  accessAnalyzerEnabled,
  configRecorder,
  securityHubEnabled,
  serverCertificates,
  supportAccessEntities,
  type RecorderState,
  type Switch,
} from './collectors/services.js';
import { accountPublicAccessBlock, collectBucket, listBuckets } from './collectors/s3.js';
import { guardDutyDetector, rootVirtualMfa, securityContact } from './collectors/posture.js';
import { collectEc2Sharing } from './collectors/ec2-sharing.js';
import { collectEc2Network } from './collectors/ec2-network.js';
import { collectAccessPoints } from './collectors/s3-access-points.js';
import { isEndpointUrl, type AwsLiveOptions } from './options.js';
import { UsageError } from '../../../model/errors.js';
import {
  clientConfig,
  failureOf,
  Limiter,
  SharedHttpHandler,
  sharedSdkSettings,
  type ClientSettings,
} from './runtime.js';
import { AccountSession, LIVE_FORMAT, RegionScope, type Sink } from './scope.js';

/** Regions global services are called in, per partition. */
function homeRegion(partition: string): string {
  if (partition === 'aws-cn') return 'cn-north-1';
  if (partition === 'aws-us-gov') return 'us-gov-west-1';
  return 'us-east-1';
}

/** Test hooks: observe every call a collector makes (by service and operation). */
export interface CollectHooks {
  observe?: (service: string, operation: string) => void;
}

/** An async queue of events: producers push, the generator drains in batches. */
class EventQueue {
  #buffer: ImportEvent[] = [];
  #wake: (() => void) | undefined;
  #closed = false;

  push = (ev: ImportEvent): void => {
    this.#buffer.push(ev);
    this.#wake?.();
  };

  close(): void {
    this.#closed = true;
    this.#wake?.();
  }

  async *drain(): AsyncGenerator<ImportEvent[]> {
    for (;;) {
      if (this.#buffer.length > 0) {
        const out = this.#buffer;
        this.#buffer = [];
        yield out;
        continue;
      }
      if (this.#closed) return;
      await new Promise<void>((resolve) => (this.#wake = resolve));
      this.#wake = undefined;
    }
  }
}

/** Credentials from the context's environment when it carries keys, else the standard chain. */
function baseCredentials(
  options: AwsLiveOptions,
  env: NodeJS.ProcessEnv,
): AwsCredentialIdentity | AwsCredentialIdentityProvider {
  if (options.profile === undefined && env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY) {
    return {
      accessKeyId: env.AWS_ACCESS_KEY_ID,
      secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
      ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
    };
  }
  return fromNodeProviderChain(options.profile === undefined ? {} : { profile: options.profile });
}

/**
 * One credential resolution shared by every client of an account (each SDK client would otherwise
 * assume the role itself), refreshed five minutes before it expires.
 */
function sharedCredentials(provider: AwsCredentialIdentityProvider): AwsCredentialIdentityProvider {
  let current: Promise<AwsCredentialIdentity> | undefined;
  return async () => {
    if (current !== undefined) {
      const c = await current;
      if (c.expiration === undefined || c.expiration.getTime() - Date.now() > 5 * 60_000) return c;
    }
    const next = provider();
    current = next;
    next.catch(() => {
      if (current === next) current = undefined;
    });
    return next;
  };
}

export async function* collectAws(
  options: AwsLiveOptions,
  ctx: LiveContext,
  hooks: CollectHooks = {},
): AsyncGenerator<ImportEvent[]> {
  const queue = new EventQueue();
  const work = run(options, ctx, hooks, queue.push).finally(() => queue.close());
  // Keep the run's rejection observed until the queue has been drained.
  let failure: Error | undefined;
  work.catch((e: unknown) => (failure = e instanceof Error ? e : new Error(String(e))));
  yield* queue.drain();
  await work.catch(() => undefined);
  if (failure !== undefined) throw failure;
}

async function run(
  options: AwsLiveOptions,
  ctx: LiveContext,
  hooks: CollectHooks,
  emit: (ev: ImportEvent) => void,
): Promise<void> {
  const endpointUrl = options.endpointUrl ?? ctx.env.AWS_ENDPOINT_URL;
  if (endpointUrl !== undefined && !isEndpointUrl(endpointUrl))
    throw new UsageError(`AWS_ENDPOINT_URL: "${endpointUrl}" is not an http(s) URL`);
  const sdk = await sharedSdkSettings();
  const base: ClientSettings = {
    credentials: baseCredentials(options, ctx.env),
    timeoutMs: options.timeoutMs,
    maxAttempts: options.maxAttempts,
    handler: new SharedHttpHandler(options.timeoutMs),
    sdk,
    ...(endpointUrl === undefined ? {} : { endpointUrl }),
  };
  try {
    await runWith(base, options, ctx, hooks, emit);
  } finally {
    base.handler?.close();
  }
}

async function runWith(
  base: ClientSettings,
  options: AwsLiveOptions,
  ctx: LiveContext,
  hooks: CollectHooks,
  emit: (ev: ImportEvent) => void,
): Promise<void> {
  const sts = new STSClient(clientConfig(base, options.regions?.[0] ?? 'us-east-1'));
  hooks.observe?.('sts', 'GetCallerIdentity');
  let caller: { account: string; partition: string };
  try {
    const id = await sts.send(new GetCallerIdentityCommand({}));
    caller = { account: id.Account ?? '', partition: /^arn:([^:]+):/.exec(id.Arn ?? '')?.[1] ?? 'aws' };
  } catch (e) {
    const f = failureOf(e);
    throw new Error(
      `AWS credentials could not be used (sts:GetCallerIdentity: ${f.code}: ${f.message}); ` +
        'set a profile (--profile), environment credentials, SSO or an instance/container role',
    );
  } finally {
    sts.destroy();
  }
  const home = homeRegion(caller.partition);
  const sink: Sink = { emit, log: ctx.log, told: new Set(), observe: hooks.observe };
  const targets = options.org
    ? await orgAccounts(options, base, home, caller, emit, hooks)
    : [caller.account];
  ctx.log(`aws: ${targets.length} account(s) from ${caller.account}`);
  const accounts = new Limiter(options.accountConcurrency);
  await Promise.all(
    targets.map((account) =>
      accounts.run(async () => {
        if (ctx.signal?.aborted) return;
        const credentials =
          account === caller.account
            ? base.credentials
            : sharedCredentials(
                fromTemporaryCredentials({
                  masterCredentials: base.credentials,
                  params: {
                    RoleArn: `arn:${caller.partition}:iam::${account}:role/${options.roleName}`,
                    RoleSessionName: 'parapet-scan',
                    DurationSeconds: 3600,
                    ...(options.externalId === undefined ? {} : { ExternalId: options.externalId }),
                  },
                  clientConfig: clientConfig(base, home),
                }),
              );
        const session = new AccountSession(account, caller.partition, { ...base, credentials }, sink);
        try {
          await collectAccount(session, options, ctx, home);
        } catch (e) {
          emit({
            kind: 'diagnostic',
            level: 'error',
            file: `aws account ${account}`,
            message: `account ${account} could not be collected: ${failureOf(e).message}`,
          });
        } finally {
          session.close();
        }
      }),
    ),
  );
}

/** The organisation's active accounts, filtered by --accounts / --exclude-accounts. */
async function orgAccounts(
  options: AwsLiveOptions,
  base: ClientSettings,
  home: string,
  caller: { account: string },
  emit: (ev: ImportEvent) => void,
  hooks: CollectHooks,
): Promise<string[]> {
  const client = new OrganizationsClient(clientConfig(base, home));
  hooks.observe?.('organizations', 'ListAccounts');
  const all: Account[] = [];
  try {
    for await (const page of paginateListAccounts({ client }, {})) all.push(...(page.Accounts ?? []));
  } catch (e) {
    const f = failureOf(e);
    throw new Error(
      `--org: the organisation's accounts could not be listed from ${caller.account} ` +
        `(organizations:ListAccounts: ${f.code}: ${f.message}); run from the management or a delegated administrator account`,
    );
  } finally {
    client.destroy();
  }
  const include = options.accounts === undefined ? undefined : new Set(options.accounts);
  const exclude = new Set(options.excludeAccounts ?? []);
  const out: string[] = [];
  for (const a of all) {
    const id = a.Id ?? '';
    if (include !== undefined && !include.has(id)) continue;
    if (exclude.has(id)) continue;
    if (a.Status !== undefined && a.Status !== 'ACTIVE') {
      emit({
        kind: 'diagnostic',
        level: 'warning',
        file: `aws account ${id}`,
        message: `account ${id} is ${a.Status}; skipped`,
      });
      continue;
    }
    out.push(id);
  }
  for (const id of include ?? [])
    if (!out.includes(id) && !all.some((a) => a.Id === id))
      emit({
        kind: 'diagnostic',
        level: 'warning',
        file: `aws account ${id}`,
        message: `--accounts: ${id} is not in the organisation`,
      });
  return out.sort();
}

/** Per-region account settings, gathered as regions finish; a region that could not be read makes the field unknown. */
class RegionalFields {
  readonly #values = new Map<string, { region: string; [k: string]: unknown }[]>();
  readonly #gaps = new Map<string, string>();

  add(field: string, region: string, v: Switch): void {
    if (typeof v === 'boolean') this.#push(field, { region, enabled: v });
    else if (!this.#gaps.has(field)) this.#gaps.set(field, v.reason);
  }

  addRecorder(region: string, v: RecorderState | { reason: string }): void {
    if ('reason' in v) {
      if (!this.#gaps.has('configRecorder')) this.#gaps.set('configRecorder', v.reason);
    } else this.#push('configRecorder', { region, ...v });
  }

  /** A per-region entry of a list field (`{ region, ...entry }`), or the reason it could not be read. */
  addEntry(field: string, region: string, v: Record<string, unknown> | { reason: string }): void {
    if ('reason' in v && typeof v.reason === 'string') {
      if (!this.#gaps.has(field)) this.#gaps.set(field, v.reason);
    } else this.#push(field, { region, ...v });
  }

  #push(field: string, entry: { region: string; [k: string]: unknown }): void {
    const list = this.#values.get(field) ?? [];
    list.push(entry);
    this.#values.set(field, list);
  }

  fields(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const field of [
      'securityHub',
      'guardDuty',
      'macie',
      'accessAnalyzer',
      'configRecorder',
      'guardDutyFeatures',
    ]) {
      const gap = this.#gaps.get(field);
      out[field] =
        gap !== undefined
          ? unknown(gap)
          : (this.#values.get(field) ?? []).sort((a, b) => (a.region < b.region ? -1 : 1));
    }
    return out;
  }
}

/** Everything in one account: its regions, then regional services per region and global ones once. */
async function collectAccount(
  session: AccountSession,
  options: AwsLiveOptions,
  ctx: LiveContext,
  home: string,
): Promise<void> {
  const account = session.account;
  const global = new RegionScope(session, home);
  let regions = options.regions;
  let allRegions = false;
  if (regions === undefined) {
    const r = await global.call('ec2', 'DescribeRegions', () =>
      ec2Client(global).send(new DescribeRegionsCommand({})),
    );
    if (!r.ok) {
      session.emit({
        kind: 'diagnostic',
        level: 'error',
        file: `aws account ${account}`,
        message: `${r.reason}; name the regions with --regions`,
      });
      return;
    }
    regions = (r.value.Regions ?? [])
      .map((x) => x.RegionName ?? '')
      .filter((x) => x !== '')
      .sort();
    allRegions = true;
  }
  ctx.log(`aws: account ${account}: ${regions.length} region(s)`);
  const source = { kind: 'live' as const, format: LIVE_FORMAT, position: `${account}/global` };
  const accountFields: Record<string, unknown> = {};
  const ebs: { region: string; enabled: boolean }[] = [];
  let ebsGap: string | undefined;
  let trailsComplete = allRegions;
  const switches = new RegionalFields();

  const scopes = new Map(regions.map((region) => [region, new RegionScope(session, region)]));
  const regionCovers = new Map<string, string[]>();
  // Buckets are listed once and each is read in its own region, alongside the regional services.
  const bucketWork = listBuckets(global).then(async (listing) => {
    await Promise.all(
      (listing?.buckets ?? []).map(async (b) => {
        const s = scopes.get(b.region);
        if (s !== undefined) await collectBucket(s, b.name);
      }),
    );
    return listing?.complete === true;
  });
  const regional = [...scopes.values()].map(async (s) => {
    const region = s.region;
    const edgeWork = collectEdgeRegional(s);
    const appServices = collectAppServices(s);
    const apps = collectApps(s);
    const monitoring = collectMonitoring(s);
    const firewalls = collectFirewallsRegional(s);
    const macie = macieEnabled(s);
    const [ec2, kms, trails, rds, elb, eks, ebsDefault, hub, guardDuty, analyzer, recorder, analytics, more] =
      await Promise.all([
        collectEc2(s),
        collectKms(s),
        collectCloudTrail(s),
        collectRds(s),
        Promise.all([collectElbv2(s, firewalls.albWebAcls), collectElb(s)]).then((covered) => covered.flat()),
        collectEks(s),
        ebsEncryptionByDefault(s),
        securityHubEnabled(s),
        guardDutyDetector(s),
        accessAnalyzerEnabled(s),
        configRecorder(s),
        collectAnalytics(s),
        Promise.all([collectEc2Sharing(s), collectEc2Network(s), collectAccessPoints(s)]).then(
          ([ec2More, ec2Network, aps]) => [
            ...ec2More,
            ...ec2Network,
            ...(aps ? ['aws.s3.access-point'] : []),
          ],
        ),
      ]);
    switches.add('securityHub', region, hub);
    switches.add('guardDuty', region, 'reason' in guardDuty ? guardDuty : guardDuty.enabled);
    switches.addEntry(
      'guardDutyFeatures',
      region,
      'reason' in guardDuty ? guardDuty : { features: guardDuty.features },
    );
    switches.add('accessAnalyzer', region, analyzer);
    switches.add('macie', region, await macie);
    switches.addRecorder(region, recorder);
    if (typeof ebsDefault === 'string') ebsGap ??= ebsDefault;
    else ebs.push({ region, enabled: ebsDefault });
    if (!trails) trailsComplete = false;
    regionCovers.set(region, [
      ...ec2,
      ...kms,
      ...rds,
      ...elb,
      ...eks,
      ...(await edgeWork),
      ...analytics,
      ...more,
      ...(trails ? ['aws.cloudtrail.trail'] : []),
      ...(await appServices),
      ...(await apps),
      ...(await monitoring),
      ...(await firewalls.covers),
    ]);
  });

  const iamDone = collectIam(global);
  const edgeGlobal = collectEdgeGlobal(global);
  const firewallsGlobal = collectFirewallsGlobal(global);
  const [report, policy, pab, support, certificates, virtualMfa, contact] = await Promise.all([
    credentialReport(global, ctx.now),
    passwordPolicy(global),
    accountPublicAccessBlock(global),
    supportAccessEntities(global),
    serverCertificates(global),
    rootVirtualMfa(global),
    securityContact(global),
  ]);
  const iamListed = await iamDone;
  await Promise.all(regional);
  const bucketsListed = await bucketWork;
  for (const region of regions) {
    const covered = [...(regionCovers.get(region) ?? []), ...(bucketsListed ? ['aws.s3.bucket'] : [])];
    session.emit({ kind: 'scope', provider: 'aws', account, region, covers: { assetTypes: covered.sort() } });
  }

  if ('reason' in report) {
    for (const f of ['rootMfaEnabled', 'rootAccessKeys', 'rootPasswordLastUsed'])
      accountFields[f] = unknown(report.reason);
  } else {
    for (const u of report.users) session.emit({ kind: 'candidate', type: 'aws.iam.user', candidate: u });
    for (const f of ['rootMfaEnabled', 'rootAccessKeys', 'rootPasswordLastUsed'])
      accountFields[f] = report.root?.[f] ?? unknown('the credential report has no <root_account> row');
  }
  accountFields.passwordPolicy = 'reason' in policy ? unknown(policy.reason) : policy.value;
  accountFields.s3PublicAccessBlock = 'reason' in pab ? unknown(pab.reason) : pab.value;
  accountFields.ebsEncryptionByDefault =
    ebsGap !== undefined ? unknown(ebsGap) : ebs.sort((a, b) => (a.region < b.region ? -1 : 1));
  Object.assign(accountFields, switches.fields());
  accountFields.supportAccessEntities = Array.isArray(support) ? support : unknown(support.reason);
  accountFields.serverCertificates = Array.isArray(certificates)
    ? certificates
    : unknown(certificates.reason);
  accountFields.rootVirtualMfa = typeof virtualMfa === 'boolean' ? virtualMfa : unknown(virtualMfa.reason);
  accountFields.securityContact = typeof contact === 'boolean' ? contact : unknown(contact.reason);
  accountFields.trailsListed = trailsComplete
    ? true
    : unknown(
        allRegions
          ? 'cloudtrail:DescribeTrails failed in some region, so trails may be missing'
          : 'only the regions named with --regions were read, so trails homed elsewhere may be missing',
      );
  session.emit({
    kind: 'candidate',
    type: 'aws.account',
    candidate: {
      uid: accountUid(account, session.partition),
      account,
      region: 'global',
      name: account,
      tags: {},
      config: accountFields,
      relations: [],
      source,
      capturedAt: ctx.now.toISOString(),
    },
  });
  const globalTypes = [
    'aws.account',
    ...(iamListed ? ['aws.iam.user', 'aws.iam.role', 'aws.iam.policy'] : []),
    ...(await edgeGlobal),
    ...(await firewallsGlobal),
  ];
  session.emit({ kind: 'scope', provider: 'aws', account, covers: { assetTypes: globalTypes } });
}
