import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isUnknown } from '../../../model/unknown.js';
import { buildAsset } from '../../../inventory/build.js';
import { assetTypeDef } from '../../../inventory/types.js';
import { detectFormat, importPaths } from '../index.js';
import type { CandidateEvent, FileInfo, ImportEvent } from '../types.js';
import { gcpCaiFormat } from './format.js';
import { caiShapeOf } from './read.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');

async function collect(paths: string[]): Promise<ImportEvent[]> {
  const out: ImportEvent[] = [];
  for await (const ev of importPaths(paths, { formats: [gcpCaiFormat] })) out.push(ev);
  return out;
}

const candidates = (events: ImportEvent[]) =>
  events.filter((e): e is CandidateEvent => e.kind === 'candidate');
const diagnostics = (events: ImportEvent[]) =>
  events.filter((e): e is Extract<ImportEvent, { kind: 'diagnostic' }> => e.kind === 'diagnostic');

/** The candidates of one uid, the resource record's first. */
function ofUid(events: ImportEvent[], uid: string): CandidateEvent[] {
  return candidates(events).filter((c) => c.candidate.uid === uid);
}

function one(events: ImportEvent[], uid: string, file?: string): CandidateEvent {
  const found = ofUid(events, uid).filter(
    (c) => file === undefined || c.candidate.source.file?.endsWith(file),
  );
  expect(found, uid).toHaveLength(1);
  return found[0]!;
}

function reasonOf(v: unknown): string {
  if (!isUnknown(v)) throw new Error(`expected unknown, got ${JSON.stringify(v)}`);
  return v.$unknown;
}

describe('gcp-cai format', () => {
  let events: ImportEvent[];
  beforeAll(async () => {
    events = await collect([FIXTURES]);
  });

  describe('recognition', () => {
    const info = (head: string): FileInfo => ({ path: 'x', display: 'x', size: head.length, head });
    it('recognises JSON Lines, arrays and pretty-printed records in both spellings', () => {
      expect(
        caiShapeOf('{"name":"//storage.googleapis.com/b","asset_type":"storage.googleapis.com/Bucket"}\n'),
      ).toBe('jsonl');
      expect(
        caiShapeOf('[{"assetType":"storage.googleapis.com/Bucket","name":"//storage.googleapis.com/b"}]'),
      ).toBe('array');
      expect(
        caiShapeOf(
          '{\n  "name": "//storage.googleapis.com/b",\n  "assetType": "storage.googleapis.com/Bucket"\n}',
        ),
      ).toBe('documents');
    });
    it('does not claim other exports', () => {
      expect(gcpCaiFormat.sniff(info('{"configurationItems":[{"resourceType":"AWS::S3::Bucket"}]}'))).toBe(
        false,
      );
      expect(
        gcpCaiFormat.sniff(info('[{"id":"/subscriptions/x","type":"microsoft.storage/storageaccounts"}]')),
      ).toBe(false);
      expect(
        detectFormat(
          info('{"name":"//storage.googleapis.com/b","asset_type":"storage.googleapis.com/Bucket"}'),
        )?.id,
      ).toBe('gcp-cai');
    });
  });

  it('builds every candidate against its asset type schema without warnings', () => {
    expect(candidates(events).length).toBeGreaterThan(15);
    for (const c of candidates(events)) {
      const def = assetTypeDef(c.type);
      expect(def, c.type).toBeDefined();
      const { warnings } = buildAsset(def!, c.candidate);
      expect(warnings, c.candidate.uid).toEqual([]);
    }
  });

  it('maps project numbers to project ids from the Project records of the whole import', () => {
    // The bucket names its project only by number (parent, projectNumber, ancestors).
    const bucket = one(events, '//storage.googleapis.com/acme-logs', 'export-resource.jsonl');
    expect(bucket.candidate.account).toBe('acme-prod');
    const project = one(
      events,
      '//cloudresourcemanager.googleapis.com/projects/123456789012',
      'export-resource.jsonl',
    );
    expect(project.candidate).toMatchObject({ account: 'acme-prod', name: 'acme-prod' });
    expect(project.candidate.config).toMatchObject({
      projectId: 'acme-prod',
      projectNumber: '123456789012',
      lifecycleState: 'ACTIVE',
    });
    expect(project.candidate.tags).toEqual({ env: 'prod', owner: 'platform' });
    // The iam-policy record of the project (named by number) maps too.
    expect(
      one(events, '//cloudresourcemanager.googleapis.com/projects/123456789012', 'export-iam-policy.jsonl')
        .candidate.account,
    ).toBe('acme-prod');
    expect(events).toContainEqual({ kind: 'scope', provider: 'gcp', account: 'acme-prod' });
  });

  it('accounts an unmapped project number to projects/<number> and warns once', () => {
    const bucket = one(events, '//storage.googleapis.com/other-team-data');
    expect(bucket.candidate.account).toBe('projects/210987654321');
    expect(bucket.candidate.region).toBe('eu');
    const warnings = diagnostics(events).filter(
      (d) => d.level === 'warning' && d.message.includes('210987654321'),
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toContain('projects/210987654321');
    // Names that carry the project id keep it.
    expect(
      one(events, '//compute.googleapis.com/projects/other-team/global/firewalls/allow-all').candidate
        .account,
    ).toBe('other-team');
  });

  describe('resource and iam-policy records', () => {
    it('leaves the IAM fields of a resource record unknown, pointing at --content-type=iam-policy', () => {
      const config = one(events, '//storage.googleapis.com/acme-logs', 'export-resource.jsonl').candidate
        .config;
      expect(reasonOf(config.iamBindings)).toContain('--content-type=iam-policy');
      expect(config).toMatchObject({
        uniformBucketLevelAccess: true,
        publicAccessPrevention: 'enforced',
        versioning: true,
        logging: { logBucket: 'acme-audit', logObjectPrefix: 'acme-logs/' },
        retentionPolicy: { retentionPeriodSeconds: 2592000, isLocked: true },
        defaultKmsKeyName: 'projects/acme-prod/locations/us-central1/keyRings/ring/cryptoKeys/logs',
      });
    });

    it('gives an iam-policy record the same type and uid, with only the IAM fields known', () => {
      const policy = one(events, '//storage.googleapis.com/acme-logs', 'export-iam-policy.jsonl');
      expect(policy.type).toBe('gcp.storage.bucket');
      expect(policy.candidate.config.iamBindings).toEqual([
        { role: 'roles/storage.objectViewer', members: ['allUsers'], condition: null },
      ]);
      expect(reasonOf(policy.candidate.config.versioning)).toMatch(
        /^this CAI record is an iam-policy export; the resource export carries/,
      );
      expect(policy.candidate.account).toBe('acme-prod');
      expect(policy.candidate.name).toBe('acme-logs');
    });

    it('reads bindings with conditions and audit configs in the camelCase spelling', () => {
      const config = one(
        events,
        '//cloudresourcemanager.googleapis.com/projects/123456789012',
        'export-iam-policy.jsonl',
      ).candidate.config;
      expect(config.iamBindings).toContainEqual({
        role: 'roles/iam.serviceAccountUser',
        members: ['group:devs@acme.example'],
        condition: {
          title: 'business hours',
          expression: "request.time.getHours('UTC') < 18",
          description: null,
        },
      });
      expect(config.auditConfigs).toEqual([
        {
          service: 'allServices',
          auditLogConfigs: [
            { logType: 'ADMIN_READ', exemptedMembers: [] },
            { logType: 'DATA_READ', exemptedMembers: ['user:bot@acme.example'] },
            { logType: 'DATA_WRITE', exemptedMembers: [] },
          ],
        },
      ]);
      expect(reasonOf(config.projectId)).toContain('iam-policy export');
    });

    it('reads the snake_case spelling with numeric log types', () => {
      const config = one(
        events,
        '//cloudresourcemanager.googleapis.com/projects/123456789012',
        'old-iam-policy.jsonl',
      ).candidate.config;
      expect(config.auditConfigs).toEqual([
        {
          service: 'storage.googleapis.com',
          auditLogConfigs: [
            { logType: 'ADMIN_READ', exemptedMembers: [] },
            { logType: 'DATA_READ', exemptedMembers: ['user:x@acme.example'] },
          ],
        },
      ]);
    });

    it('reports iam-policy records of types that carry no IAM fields as unsupported', () => {
      expect(events).toContainEqual({
        kind: 'unsupported',
        provider: 'gcp',
        resourceType: 'iam.googleapis.com/ServiceAccount (iam-policy)',
      });
    });
  });

  describe('resources and relations', () => {
    it('reads a VM: service account, interfaces, metadata flags, shielded config, relations', () => {
      const vm = one(
        events,
        '//compute.googleapis.com/projects/acme-prod/zones/us-east1-b/instances/web-1',
      ).candidate;
      expect(vm.region).toBe('us-east1');
      expect(vm.capturedAt).toBe('2026-05-20T10:00:00Z');
      expect(vm.source).toMatchObject({ format: 'gcp-cai', position: 'line 8', line: 8 });
      expect(vm.config).toMatchObject({
        status: 'RUNNING',
        canIpForward: false,
        blockProjectSshKeys: true,
        serialPortEnabled: false,
        osLoginEnabled: null,
        shieldedInstanceConfig: { enableSecureBoot: true, enableVtpm: true, enableIntegrityMonitoring: true },
        serviceAccounts: [
          {
            email: '123456789012-compute@developer.gserviceaccount.com',
            scopes: ['https://www.googleapis.com/auth/cloud-platform'],
          },
        ],
      });
      expect(vm.config.networkInterfaces).toEqual([
        {
          name: 'nic0',
          network: '//compute.googleapis.com/projects/acme-prod/global/networks/default',
          subnetwork: '//compute.googleapis.com/projects/acme-prod/regions/us-east1/subnetworks/default',
          networkIP: '10.142.0.2',
          accessConfigs: [{ type: 'ONE_TO_ONE_NAT', natIP: '34.73.0.10' }],
          ipv6AccessConfigs: [],
        },
      ]);
      expect(vm.relations).toEqual([
        { kind: 'in-network', target: '//compute.googleapis.com/projects/acme-prod/global/networks/default' },
        {
          kind: 'in-subnet',
          target: '//compute.googleapis.com/projects/acme-prod/regions/us-east1/subnetworks/default',
        },
        {
          kind: 'runs-as',
          target:
            '//iam.googleapis.com/projects/acme-prod/serviceAccounts/123456789012-compute@developer.gserviceaccount.com',
        },
      ]);
      // Metadata values other than the security switches (startup scripts may hold secrets) are not kept.
      expect(JSON.stringify(vm.config)).not.toContain('startup');
    });

    it('names a service account by email, and resolves a key named by unique id to it', () => {
      const sa = one(
        events,
        '//iam.googleapis.com/projects/acme-prod/serviceAccounts/deployer@acme-prod.iam.gserviceaccount.com',
      );
      expect(sa.candidate).toMatchObject({
        name: 'deployer@acme-prod.iam.gserviceaccount.com',
        account: 'acme-prod',
      });
      const key = one(
        events,
        '//iam.googleapis.com/projects/acme-prod/serviceAccounts/104729384756102938475/keys/0a1b2c3d4e5f',
      ).candidate;
      expect(key.config).toMatchObject({
        keyType: 'USER_MANAGED',
        validAfterTime: '2025-01-10T08:00:00Z',
        disabled: false,
        serviceAccountEmail: 'deployer@acme-prod.iam.gserviceaccount.com',
      });
      expect(key.relations).toEqual([{ kind: 'member-of', target: sa.candidate.uid }]);
    });

    it('reads firewall rules, networks, subnetworks, Cloud SQL, GKE and DNS policies', () => {
      const fw = one(
        events,
        '//compute.googleapis.com/projects/acme-prod/global/firewalls/default-allow-ssh',
      ).candidate;
      expect(fw.config).toMatchObject({
        direction: 'INGRESS',
        disabled: false,
        priority: 65534,
        sourceRanges: ['0.0.0.0/0'],
        allowed: [
          { protocol: 'tcp', ports: ['22'] },
          { protocol: 'icmp', ports: [] },
        ],
        denied: [],
        targetTags: [],
        logConfig: { enable: false, metadata: null },
      });
      expect(fw.relations).toEqual([
        { kind: 'in-network', target: '//compute.googleapis.com/projects/acme-prod/global/networks/default' },
      ]);
      expect(
        one(events, '//compute.googleapis.com/projects/acme-prod/global/networks/legacy-net').candidate
          .config,
      ).toMatchObject({
        legacy: true,
        autoCreateSubnetworks: false,
      });
      expect(
        one(events, '//compute.googleapis.com/projects/acme-prod/regions/us-east1/subnetworks/default')
          .candidate.config,
      ).toMatchObject({ flowLogsEnabled: true, privateIpGoogleAccess: true, purpose: 'PRIVATE' });
      const sql = one(events, '//cloudsql.googleapis.com/projects/acme-prod/instances/orders-db').candidate;
      expect(sql.config).toMatchObject({
        ipv4Enabled: true,
        authorizedNetworks: [{ value: '0.0.0.0/0', name: 'anywhere' }],
        requireSsl: false,
        sslMode: 'ALLOW_UNENCRYPTED_AND_ENCRYPTED',
        backupEnabled: true,
        privateNetwork: '//compute.googleapis.com/projects/acme-prod/global/networks/default',
      });
      expect(sql.tags).toEqual({ team: 'orders' });
      const gke = one(
        events,
        '//container.googleapis.com/projects/acme-prod/locations/us-east1/clusters/prod-gke',
      ).candidate;
      expect(gke.config).toMatchObject({
        privateClusterConfig: { enablePrivateNodes: true, enablePrivateEndpoint: false },
        masterAuthorizedNetworks: {
          enabled: true,
          cidrBlocks: [{ cidrBlock: '203.0.113.0/24', displayName: 'office' }],
        },
        legacyAbacEnabled: false,
        networkPolicyEnabled: true,
        workloadIdentityPool: 'acme-prod.svc.id.goog',
        shieldedNodesEnabled: true,
      });
      expect(gke.relations).toContainEqual({
        kind: 'in-network',
        target: '//compute.googleapis.com/projects/acme-prod/global/networks/default',
      });
      const dns = one(events, '//dns.googleapis.com/projects/acme-prod/policies/1234567').candidate;
      expect(dns.config).toMatchObject({ enableLogging: true });
      expect(dns.relations).toEqual([
        { kind: 'applies-to', target: '//compute.googleapis.com/projects/acme-prod/global/networks/default' },
      ]);
    });

    it('reads pretty-printed records one after another, strings with braces included', () => {
      const fw = one(
        events,
        '//compute.googleapis.com/projects/acme-prod/global/firewalls/allow-rdp-range',
      ).candidate;
      expect(fw.source.position).toBe('document 0 (line 1)');
      expect(fw.config).toMatchObject({ sourceRanges: ['::/0'], targetTags: ['windows'] });
      expect(
        one(events, '//compute.googleapis.com/projects/acme-prod/global/networks/custom').candidate.source
          .line,
      ).toBe(20);
    });
  });

  describe('bad and hostile input', () => {
    it('reports a malformed line by file and line and imports the rest', () => {
      const bad = diagnostics(events).filter(
        (d) => d.level === 'error' && d.file.endsWith('export-resource.jsonl'),
      );
      expect(bad).toHaveLength(1);
      expect(bad[0]!.position).toBe('line 7');
      expect(bad[0]!.message).toMatch(/export-resource\.jsonl: line 7 is not valid JSON/);
      // Lines after the bad one were still read.
      expect(ofUid(events, '//dns.googleapis.com/projects/acme-prod/policies/1234567')).toHaveLength(1);
    });

    it('reports a malformed array element by position and imports the rest', () => {
      const bad = diagnostics(events).filter(
        (d) => d.level === 'error' && d.file.endsWith('asset-list.json'),
      );
      expect(bad).toHaveLength(1);
      expect(bad[0]!.position).toMatch(/^\[2\] \(line \d+\)$/);
      expect(bad[0]!.message).toContain('resource.data is not an object');
      expect(
        ofUid(events, '//compute.googleapis.com/projects/other-team/regions/europe-west1/subnetworks/proxy'),
      ).toHaveLength(1);
    });

    it('keeps HTML, ANSI escapes and __proto__ keys as plain data', () => {
      const vm = one(
        events,
        '//compute.googleapis.com/projects/acme-prod/zones/us-east1-b/instances/web-1',
      ).candidate;
      expect(Object.hasOwn(vm.tags, '__proto__')).toBe(true);
      expect(vm.tags['__proto__']).toBe('polluted');
      expect(Object.getPrototypeOf(vm.tags)).toBe(Object.prototype);
      expect(vm.tags.note).toBe('<script>alert(1)</script>');
      expect(vm.tags.ansi).toBe('\u001b[31mred\u001b[0m');
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      // An asset type named __proto__ finds no mapper.
      expect(events).toContainEqual({ kind: 'unsupported', provider: 'gcp', resourceType: '__proto__' });
    });

    it('reports unsupported asset types and skips deleted history records', () => {
      expect(events).toContainEqual({
        kind: 'unsupported',
        provider: 'gcp',
        resourceType: 'compute.googleapis.com/Snapshot',
      });
      expect(
        ofUid(events, '//compute.googleapis.com/projects/acme-prod/zones/us-east1-b/instances/gone'),
      ).toHaveLength(0);
    });

    it('reports a truncated pretty-printed file by file and line', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'parapet-cai-'));
      const file = join(dir, 'truncated.json');
      writeFileSync(
        file,
        '{\n  "name": "//compute.googleapis.com/projects/p/global/networks/a",\n  "asset_type": "compute.googleapis.com/Network",\n  "resource": {"data": {"name": "a"}}\n}\n{\n  "name": "//compute.googleapis.com/projects/p/global/networks/b",\n  "asset_type": "compute.googleapis.com/Network",\n',
      );
      const evs = await collect([file]);
      expect(candidates(evs).map((c) => c.candidate.name)).toEqual(['a']);
      const errors = diagnostics(evs).filter((d) => d.level === 'error');
      expect(errors).toHaveLength(1);
      expect(errors[0]!.message).toContain('truncated.json');
      expect(errors[0]!.position).toBe('line 6');
    });
  });
});
