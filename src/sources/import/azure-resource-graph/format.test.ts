import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildAsset } from '../../../inventory/build.js';
import { assetTypeDef } from '../../../inventory/types.js';
import type { AnyAsset } from '../../../model/asset.js';
import { importPaths } from '../index.js';
import type { CandidateEvent, DiagnosticEvent, FileInfo, ImportEvent } from '../types.js';
import { azureResourceGraphFormat } from './format.js';
import { NO_PROPERTIES } from './mappers/types.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const fixture = (name: string) => join(FIXTURES, name);

const SUB1 = 'a1b2c3d4-0000-4000-8000-000000000001';
const SUB2 = 'b2c3d4e5-0000-4000-8000-000000000002';

async function collect(paths: string[], streamThreshold?: number): Promise<ImportEvent[]> {
  const events: ImportEvent[] = [];
  const options = { formats: [azureResourceGraphFormat], ...(streamThreshold ? { streamThreshold } : {}) };
  for await (const e of importPaths(paths, options)) events.push(e);
  return events;
}

const candidates = (events: ImportEvent[]) =>
  events.filter((e): e is CandidateEvent => e.kind === 'candidate');
const diagnostics = (events: ImportEvent[]) =>
  events.filter((e): e is DiagnosticEvent => e.kind === 'diagnostic');

/** Build every candidate into an asset, asserting each matches its type's schema without warnings. */
function assets(events: ImportEvent[]): AnyAsset[] {
  return candidates(events).map((c) => {
    const def = assetTypeDef(c.type);
    if (!def) throw new Error(`no asset type ${c.type}`);
    const { asset, warnings } = buildAsset(def, c.candidate);
    expect(warnings, `${c.type} ${c.candidate.uid}`).toEqual([]);
    return asset;
  });
}

function byName(list: AnyAsset[], name: string): AnyAsset {
  const a = list.find((x) => x.name === name);
  if (!a) throw new Error(`no asset named ${name}: ${list.map((x) => x.name).join(', ')}`);
  return a;
}

const head = (text: string): FileInfo => ({
  path: 'x.json',
  display: 'x.json',
  size: text.length,
  head: text,
});

describe('azure-resource-graph sniffing', () => {
  it('recognises the az CLI, REST and Search-AzGraph shapes', () => {
    expect(
      azureResourceGraphFormat.sniff(
        head('{"count": 0, "data": [], "skip_token": null, "total_records": 0}'),
      ),
    ).toBe(true);
    expect(
      azureResourceGraphFormat.sniff(
        head(
          '{"totalRecords": 1, "count": 1, "data": {"columns": [{"name": "id", "type": "string"}], "rows": []}}',
        ),
      ),
    ).toBe(true);
    expect(
      azureResourceGraphFormat.sniff(
        head(
          '[{"id": "/subscriptions/s/resourceGroups/g/providers/Microsoft.Web/sites/a", "type": "Microsoft.Web/sites"}]',
        ),
      ),
    ).toBe(true);
  });

  it('recognises narrow projections (no type, no subscriptionId columns)', () => {
    const id = '/subscriptions/s/resourceGroups/g/providers/Microsoft.Storage/storageAccounts/a';
    expect(
      azureResourceGraphFormat.sniff(
        head(`{"count": 1, "data": [{"id": "${id}", "name": "a"}], "skip_token": null, "total_records": 1}`),
      ),
    ).toBe(true);
    expect(azureResourceGraphFormat.sniff(head(`[{"id": "${id}", "name": "a"}]`))).toBe(true);
  });

  it('leaves other JSON alone', () => {
    const arm =
      '{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "resources": [' +
      '{"type": "Microsoft.Storage/storageAccounts", "id": "/subscriptions/s/x", "location": "x", "properties": {}}]}';
    expect(azureResourceGraphFormat.sniff(head(arm))).toBe(false);
    expect(azureResourceGraphFormat.sniff(head('{"fileVersion": "1.0", "configurationItems": []}'))).toBe(
      false,
    );
    expect(azureResourceGraphFormat.sniff(head('[]'))).toBe(false);
    expect(azureResourceGraphFormat.sniff(head('{"count": 3, "data": [1, 2, 3]}'))).toBe(false);
    // another API's paged envelope
    expect(azureResourceGraphFormat.sniff(head('{"totalRecords": 2, "data": [{"id": 1}, {"id": 2}]}'))).toBe(
      false,
    );
    expect(azureResourceGraphFormat.sniff(head('{"data": {"columns": [], "rows": []}}'))).toBe(false);
  });
});

describe('azure-resource-graph: az graph query output', async () => {
  const events = await collect([fixture('az-graph-query.json')]);
  const list = assets(events);

  it('emits a scope per subscription and reports unsupported types', () => {
    expect(events.filter((e) => e.kind === 'scope')).toEqual([
      { kind: 'scope', provider: 'azure', account: SUB1 },
      { kind: 'scope', provider: 'azure', account: SUB2 },
    ]);
    const unsupported = events.filter((e) => e.kind === 'unsupported').map((e) => e.resourceType);
    expect(unsupported).toEqual(['microsoft.resources/subscriptions/resourcegroups']);
    expect(diagnostics(events)).toEqual([]);
  });

  it('reads subscriptions from resourcecontainers and implies the others', () => {
    const subs = list.filter((a) => a.type === 'azure.subscription');
    expect(subs.map((s) => s.uid)).toEqual([`/subscriptions/${SUB1}`, `/subscriptions/${SUB2}`]);
    expect(subs[0]).toMatchObject({
      name: 'Production',
      account: SUB1,
      region: 'global',
      config: {
        state: 'Enabled',
        managementGroupAncestors: ['mg-platform', '72f988bf-0000-4000-8000-0000000000aa'],
      },
      context: { environment: 'production', owner: 'platform-team' },
    });
    expect(subs[1]?.config.state).toEqual({
      $unknown: 'the import has no resourcecontainers row for this subscription',
    });
  });

  it('normalises a storage account, keeping "not set" apart from false', () => {
    const st = byName(list, 'stdataprod01');
    expect(st.uid).toBe(
      `/subscriptions/${SUB1}/resourcegroups/rg-data/providers/microsoft.storage/storageaccounts/stdataprod01`,
    );
    expect(st.config).toMatchObject({
      kind: 'StorageV2',
      httpsOnly: false,
      minimumTlsVersion: 'TLS1_0',
      allowBlobPublicAccess: true,
      publicNetworkAccess: null,
      allowSharedKeyAccess: true,
      infrastructureEncryption: null,
      encryptionKeySource: 'Microsoft.Storage',
      networkAcls: {
        defaultAction: 'Allow',
        bypass: 'AzureServices',
        ipRules: ['203.0.113.0/24'],
        virtualNetworkRules: [
          `/subscriptions/${SUB1}/resourcegroups/rg-net/providers/microsoft.network/virtualnetworks/vnet-prod/subnets/app`,
        ],
      },
    });
    expect(st.config.blobSoftDelete).toHaveProperty('$unknown');
    expect(st.context.dataClassification).toBe('confidential');
  });

  it('merges singular and plural NSG rule fields and keeps the default rules apart', () => {
    const nsg = byName(list, 'nsg-web');
    expect(nsg.config.securityRules).toEqual([
      {
        name: 'allow-ssh-anywhere',
        priority: 100,
        direction: 'Inbound',
        access: 'Allow',
        protocol: 'Tcp',
        sourceAddressPrefixes: ['Internet'],
        sourcePortRanges: ['*'],
        destinationAddressPrefixes: ['*'],
        destinationPortRanges: ['22'],
        sourceApplicationSecurityGroups: [],
        isDefault: false,
      },
      {
        name: 'allow-web',
        priority: 110,
        direction: 'Inbound',
        access: 'Allow',
        protocol: '*',
        sourceAddressPrefixes: ['0.0.0.0/0', '::/0'],
        sourcePortRanges: ['*'],
        destinationAddressPrefixes: ['10.0.1.0/24'],
        destinationPortRanges: ['80', '443', '8000-8100'],
        sourceApplicationSecurityGroups: [],
        isDefault: false,
      },
    ]);
    const defaults = nsg.config.defaultSecurityRules as { name: string; isDefault: boolean }[];
    expect(defaults.map((r) => [r.name, r.isDefault])).toEqual([
      ['AllowVnetInBound', true],
      ['DenyAllInBound', true],
    ]);
    expect(nsg.config.subnets).toEqual([
      `/subscriptions/${SUB1}/resourcegroups/rg-net/providers/microsoft.network/virtualnetworks/vnet-prod/subnets/web`,
    ]);
    expect(nsg.config.networkInterfaces).toEqual([]);
  });

  it('reads public IPs, attached and not', () => {
    expect(byName(list, 'pip-web-01').config).toEqual({
      sku: 'Standard',
      ipAddress: '20.50.60.70',
      allocationMethod: 'Static',
      ipVersion: 'IPv4',
      ipConfigurationId: `/subscriptions/${SUB1}/resourcegroups/rg-web/providers/microsoft.network/networkinterfaces/vm-web-01-nic/ipconfigurations/ipconfig1`,
    });
    expect(byName(list, 'pip-spare').config).toMatchObject({
      ipAddress: null,
      ipConfigurationId: null,
      sku: 'Basic',
    });
  });

  it('reads a VM: NICs, managed and unmanaged disks, identity, Trusted Launch', () => {
    const vm = byName(list, 'vm-web-01');
    expect(vm.config).toMatchObject({
      vmSize: 'Standard_D2s_v5',
      osType: 'Linux',
      networkInterfaceIds: [
        `/subscriptions/${SUB1}/resourcegroups/rg-web/providers/microsoft.network/networkinterfaces/vm-web-01-nic`,
      ],
      osDiskId: `/subscriptions/${SUB1}/resourcegroups/rg-web/providers/microsoft.compute/disks/vm-web-01_osdisk_1`,
      encryptionAtHost: null,
      securityType: 'TrustedLaunch',
      secureBootEnabled: true,
      vTpmEnabled: true,
      passwordAuthenticationDisabled: true,
      powerState: 'PowerState/running',
      identity: {
        type: 'SystemAssigned, UserAssigned',
        principalId: '9a8b7c6d-0000-4000-8000-000000000077',
        userAssignedIdentities: [
          `/subscriptions/${SUB1}/resourcegroups/rg-id/providers/microsoft.managedidentity/userassignedidentities/id-web`,
        ],
      },
    });
    expect((vm.config.disks as { name: string; managed: boolean }[]).map((d) => [d.name, d.managed])).toEqual(
      [
        ['vm-web-01_OsDisk_1', true],
        ['legacy-data', false],
      ],
    );
  });

  it('links a disk to its VM and an assignment to its subscription', () => {
    const disk = byName(list, 'vm-web-01_OsDisk_1');
    const vm = byName(list, 'vm-web-01');
    expect(disk.relations).toEqual([{ kind: 'attached-to', target: vm.uid }]);
    expect(disk.config).toMatchObject({
      encryptionType: 'EncryptionAtRestWithPlatformKey',
      networkAccessPolicy: 'AllowAll',
      diskState: 'Attached',
      azureDiskEncryption: false,
    });
    const ra = list.find((a) => a.type === 'azure.authorization.role-assignment');
    expect(ra?.config).toMatchObject({
      roleName: 'Owner',
      principalType: 'User',
      scope: `/subscriptions/${SUB1}`,
    });
    expect(ra?.relations).toEqual([{ kind: 'member-of', target: `/subscriptions/${SUB1}` }]);
    expect(ra?.region).toBe('global');
  });

  it('reads SQL servers and key vaults', () => {
    expect(byName(list, 'sql-orders').config).toMatchObject({
      publicNetworkAccess: 'Enabled',
      minimalTlsVersion: '1.2',
      administratorLogin: 'sqladmin',
      entraAdmin: {
        login: 'sql-admins',
        sid: '33333333-0000-4000-8000-000000000080',
        principalType: 'Group',
        tenantId: '72f988bf-0000-4000-8000-0000000000aa',
      },
      entraOnlyAuthentication: false,
      version: '12.0',
    });
    // Firewall rules, auditing and TDE are not in Resource Graph: unknown, saying where they come from.
    expect(byName(list, 'sql-orders').config.firewallRules).toEqual({
      $unknown:
        'Resource Graph does not hold SQL firewall rules; a live scan (parapet scan --azure) reads it from ARM',
    });
    expect(byName(list, 'kv-prod-secrets').config).toMatchObject({
      softDeleteEnabled: true,
      purgeProtectionEnabled: null,
      rbacAuthorization: true,
      networkAcls: { defaultAction: 'Deny' },
    });
  });

  it('gives the same assets when the file is streamed', async () => {
    const streamedEvents = await collect([fixture('az-graph-query.json')], 1);
    const streamed = assets(streamedEvents);
    expect(streamed.map((a) => [a.uid, a.config])).toEqual(list.map((a) => [a.uid, a.config]));
    expect(streamed.find((a) => a.name === 'nsg-web')?.source.position).toMatch(/^data\[2\] \(line \d+\)$/);
  });
});

describe('azure-resource-graph: gzip-compressed exports', () => {
  it('reads a .json.gz the same as the plain file, whole and streamed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parapet-arg-'));
    try {
      const gz = join(dir, 'resources.json.gz');
      await writeFile(gz, gzipSync(await readFile(fixture('az-graph-query.json'))));
      const plain = assets(await collect([fixture('az-graph-query.json')])).map((a) => [a.uid, a.config]);
      expect(assets(await collect([gz])).map((a) => [a.uid, a.config])).toEqual(plain);
      expect(assets(await collect([gz], 1)).map((a) => [a.uid, a.config])).toEqual(plain);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('azure-resource-graph: REST table form', async () => {
  const events = await collect([fixture('rest-table.json')]);

  it('turns columns and rows into resources, reporting a short row by position', () => {
    const list = assets(events);
    expect(list.map((a) => a.type)).toEqual([
      'azure.subscription',
      'azure.storage.account',
      'azure.compute.disk',
      'azure.authorization.role-assignment',
      'azure.authorization.role-assignment',
    ]);
    expect(byName(list, 'stlogs').config).toMatchObject({
      httpsOnly: true,
      minimumTlsVersion: 'TLS1_2',
      allowBlobPublicAccess: false,
      publicNetworkAccess: 'Disabled',
      infrastructureEncryption: true,
      encryptionKeySource: 'Microsoft.Keyvault',
    });
    const disk = byName(list, 'orphan-data');
    expect(disk.config).toMatchObject({ managedBy: null, encryptionType: 'EncryptionAtRestWithCustomerKey' });
    expect(disk.relations).toEqual([
      {
        kind: 'encrypted-by',
        target:
          '/subscriptions/c3d4e5f6-0000-4000-8000-000000000003/resourcegroups/rg-vm/providers/microsoft.compute/diskencryptionsets/des-prod',
      },
    ]);
    const mg = list.find((a) => a.uid.startsWith('/providers/microsoft.management'));
    expect(mg).toMatchObject({
      account: '72f988bf-0000-4000-8000-0000000000aa',
      relations: [],
      config: {
        roleName: 'User Access Administrator',
        scope: '/providers/microsoft.management/managementgroups/mg-platform',
      },
    });
    expect(diagnostics(events)).toEqual([
      {
        kind: 'diagnostic',
        level: 'error',
        file: fixture('rest-table.json'),
        position: 'data.rows[4]',
        message: `${fixture('rest-table.json')}: a table row has 1 values for 13 columns`,
      },
    ]);
  });
});

describe('azure-resource-graph: REST object array and Search-AzGraph arrays', () => {
  it('warns that a paged result is incomplete, and reads absent settings as "not set"', async () => {
    const events = await collect([fixture('rest-object-array.json')]);
    const warning = diagnostics(events).find((d) => d.level === 'warning');
    expect(warning?.message).toContain(
      'the query result is incomplete (2 of 250 rows): a skip token is present',
    );
    const list = assets(events);
    expect(byName(list, 'sql-legacy').config).toMatchObject({
      publicNetworkAccess: null,
      minimalTlsVersion: null,
      entraAdmin: null,
      entraOnlyAuthentication: null,
    });
    expect(byName(list, 'kv-legacy').config).toMatchObject({
      purgeProtectionEnabled: null,
      rbacAuthorization: null,
      publicNetworkAccess: null,
      networkAcls: null,
    });
  });

  it('warns about paging when the file is streamed too', async () => {
    const events = await collect([fixture('rest-object-array.json')], 1);
    expect(diagnostics(events).map((d) => d.level)).toEqual(['warning']);
    expect(candidates(events).length).toBe(3);
  });

  it('reads a plain array with flattened, oddly cased NSG rules', async () => {
    const events = await collect([fixture('search-azgraph.json')]);
    const list = assets(events);
    const nsg = byName(list, 'nsg-flat');
    expect(nsg.config.securityRules).toMatchObject([
      {
        name: 'rdp-from-any',
        access: 'Allow',
        direction: 'Inbound',
        priority: 200,
        destinationPortRanges: ['3380-3390'],
      },
      { name: 'deny-rdp-internet', access: 'Deny', priority: 150, destinationPortRanges: ['3389'] },
    ]);
    expect(nsg.config.defaultSecurityRules).toHaveProperty('$unknown');
    expect(nsg.config.networkInterfaces).toEqual([
      '/subscriptions/e5f6a7b8-0000-4000-8000-000000000005/resourcegroups/rg-k/providers/microsoft.network/networkinterfaces/nic-k',
    ]);
    const vm = byName(list, 'vm-k');
    expect(vm.config).toMatchObject({
      osType: 'Windows',
      osDiskId: null,
      encryptionAtHost: true,
      disks: [{ name: 'vm-k-os', role: 'os', managed: false, diskId: null }],
    });
    // the query did not project `identity`: unknown, not "no identity"
    expect(vm.config.identity).toEqual({
      $unknown: 'the Resource Graph row has no identity column (the query did not project it)',
    });
    expect(vm.source.position).toBe('[1]');
  });
});

describe('azure-resource-graph: gaps and bad input', () => {
  it('leaves every config field unknown when a row has no properties', async () => {
    const events = await collect([fixture('no-properties.json')]);
    const list = assets(events);
    const st = byName(list, 'stnoprops');
    expect(st.config.allowBlobPublicAccess).toEqual({ $unknown: NO_PROPERTIES });
    expect(st.config.httpsOnly).toEqual({ $unknown: NO_PROPERTIES });
    expect(st.config.kind).toHaveProperty('$unknown');
    // type and subscription come from the id when the query did not project them
    const disk = byName(list, 'disk-noprops');
    expect(disk.type).toBe('azure.compute.disk');
    expect(disk.account).toBe('e5f6a7b8-0000-4000-8000-000000000005');
    expect(disk.config.encryptionType).toEqual({ $unknown: NO_PROPERTIES });
    expect(disk.config.managedBy).toHaveProperty('$unknown');
  });

  it('reads partially projected properties, leaving absent keys unknown rather than "not set"', async () => {
    const events = await collect([fixture('no-properties.json')]);
    const st = byName(assets(events), 'stpacked');
    expect(st.config.minimumTlsVersion).toBe('TLS1_2');
    expect(st.config.httpsOnly).toBe(true);
    expect(st.config.allowBlobPublicAccess).toEqual({
      $unknown:
        'properties.allowBlobPublicAccess is absent from the Resource Graph record (none of provisioningState, ' +
        'primaryEndpoints, creationTime is present, so the query may have projected only some properties)',
    });
    expect(st.config.networkAcls).toHaveProperty('$unknown');
  });

  it('names the file and position of a syntax error, and the other files still import', async () => {
    const events = await collect([fixture('malformed.json'), fixture('rest-object-array.json')]);
    const errors = diagnostics(events).filter((d) => d.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.file).toBe(fixture('malformed.json'));
    expect(errors[0]?.position).toMatch(/^line 7, column \d+$/);
    expect(errors[0]?.message).toContain(fixture('malformed.json'));
    expect(candidates(events).map((c) => c.candidate.name)).toEqual([
      '/subscriptions/d4e5f6a7-0000-4000-8000-000000000004',
      'sql-legacy',
      'kv-legacy',
    ]);
  });

  it('reports bad elements of a streamed file by position and imports the rest', async () => {
    const file = fixture('stream-bad-element.json');
    const events = await collect([file], 1);
    const errors = diagnostics(events);
    expect(errors.map((d) => d.position)).toEqual(['[1] (line 10)', '[2] (line 11)']);
    expect(errors[0]?.message).toContain('is not valid JSON');
    expect(errors[1]?.message).toBe('a Resource Graph row must be a JSON object');
    expect(
      candidates(events)
        .filter((c) => c.type === 'azure.keyvault.vault')
        .map((c) => c.candidate.name),
    ).toEqual(['kv-one', 'kv-two']);
  });

  it('passes hostile names and tags through as data', async () => {
    const events = await collect([fixture('hostile.json')]);
    const st = assets(events).find((a) => a.type === 'azure.storage.account');
    expect(st?.name).toBe('<img src=x onerror=alert(1)>\u001b[31mred\u001b[0m');
    expect(Object.hasOwn(st?.tags ?? {}, '__proto__')).toBe(true);
    expect(st?.tags.constructor).toBe("<script>alert('tag')</script>");
    expect(st?.tags.owner).toContain('\u001b]8;;https://evil.example');
    // a `__proto__` key inside properties is not read as the properties' own settings
    expect(st?.config.allowBlobPublicAccess).toHaveProperty('$unknown');
    expect(st?.config.httpsOnly).toHaveProperty('$unknown');
    expect(({} as Record<string, unknown>).allowBlobPublicAccess).toBeUndefined();
  });
});
