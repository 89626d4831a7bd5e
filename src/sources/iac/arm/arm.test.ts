import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../../../cli/main.js';
import { memoryIo } from '../../../cli/io.js';
import { readIac } from '../index.js';

const ROOT = resolve(import.meta.dirname, '../../../..');
const EXAMPLE = join(ROOT, 'examples/arm');

type Candidate = {
  uid: string;
  name: string;
  tags: Record<string, string>;
  config: Record<string, unknown>;
  source: { file?: string; line?: number };
};
const candidates = async (dir: string, vars: string[] = [], cwd = ROOT) => {
  const run = await readIac([dir], { cwd, vars });
  return {
    run,
    byName: new Map(
      run.events.flatMap((e) =>
        e.kind === 'candidate' ? [[(e.candidate as Candidate).name, e.candidate as Candidate]] : [],
      ),
    ),
  };
};

const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';

function tempTemplate(template: object): string {
  const dir = mkdtempSync(join(tmpdir(), 'parapet-arm-'));
  writeFileSync(
    join(dir, 'azuredeploy.json'),
    JSON.stringify({ $schema: SCHEMA, contentVersion: '1.0.0.0', ...template }, null, 2),
  );
  return dir;
}

describe('ARM templates', () => {
  it('evaluates parameters, variables, nested resources, copy loops and conditions', async () => {
    const { byName } = await candidates(EXAMPLE);
    expect([...byName.keys()].sort()).toEqual([
      'nw-admin-nsg',
      'nw-app-nsg-0',
      'nw-app-nsg-1',
      'nw-jump-nsg',
      'nwfreight-sql-staging',
      'nwfreightlogs',
    ]);
    const logs = byName.get('nwfreightlogs')!;
    expect(logs.uid).toBe('examples/arm/azuredeploy.json#nwfreightlogs');
    expect(logs.config).toMatchObject({
      minimumTlsVersion: 'TLS1_0',
      allowBlobPublicAccess: true,
      httpsOnly: true, // the service default from API version 2019-04-01
      blobVersioning: true, // from the blobServices child resource
      smbVersions: ['SMB3.1.1'], // from fileServices
      privateEndpointConnections: 1, // a private endpoint of the same template names the account
    });
    const sql = byName.get('nwfreight-sql-staging')!;
    expect(sql.config.firewallRules).toEqual([
      { name: 'AllowEveryone', start: '0.0.0.0', end: '255.255.255.255' },
    ]);
    expect(sql.config.auditing).toEqual({ enabled: true, retentionDays: 90 });
    const admin = byName.get('nw-admin-nsg')!;
    expect(admin.config.securityRules).toEqual([
      expect.objectContaining({ name: 'rdp-anywhere', isDefault: false }),
    ]);
    expect((admin.config.defaultSecurityRules as unknown[]).length).toBe(6);
    // A parameter with no default: the rule list is unknown, naming the parameter.
    expect(byName.get('nw-jump-nsg')!.config.securityRules).toEqual({
      $unknown:
        'parameter adminSourceAddress has no defaultValue (give it with --var adminSourceAddress=...)',
    });
  });

  it('takes parameter values from --var (typed as declared)', async () => {
    const { byName } = await candidates(EXAMPLE, [
      'environment=production',
      'adminSourceAddress=10.0.0.0/8',
      'appCount=3',
    ]);
    expect(byName.get('nwfreightlogs')!.config.minimumTlsVersion).toBe('TLS1_2');
    expect(byName.has('nwprodonly')).toBe(true); // its condition is now true
    expect(byName.has('nw-app-nsg-2')).toBe(true);
    expect(byName.get('nw-jump-nsg')!.config.securityRules).toEqual([
      expect.objectContaining({ name: 'ssh-from-admins', sourceAddressPrefixes: ['10.0.0.0/8'] }),
    ]);
  });

  it('takes parameter values from an ARM parameter file given with --var-file (--var wins)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parapet-arm-'));
    const params = join(dir, 'prod.parameters.json');
    writeFileSync(
      params,
      JSON.stringify({
        $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#',
        contentVersion: '1.0.0.0',
        parameters: { environment: { value: 'production' }, appCount: { value: 1 } },
      }),
    );
    const run = await readIac([EXAMPLE], { cwd: ROOT, vars: ['appCount=3'], varFiles: [params] });
    const names = run.events.flatMap((e) =>
      e.kind === 'candidate' ? [(e.candidate as Candidate).name] : [],
    );
    expect(names).toContain('nwprodonly');
    expect(names).toContain('nw-app-nsg-2');
  });

  it('keeps hostile strings as data, and neutralises them in the table', async () => {
    const { byName } = await candidates(EXAMPLE);
    expect(byName.get('nwfreightlogs')!.tags.owner).toBe('platform <script>alert(1)</script>\u001b[31m');
    const io = memoryIo({}, ROOT);
    await main(['iac', 'examples/arm', '--at', '2026-01-15T00:00:00Z', '--no-color'], io);
    expect(io.out()).not.toContain('\u001b[31m');
    expect(io.out()).toContain('nwfreightlogs');
  });

  it('reads deployment bodies with their parameter values, and NSG rules declared without their group', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parapet-arm-'));
    const rule = (source: string) => ({
      name: 'shared-nsg/ssh',
      type: 'Microsoft.Network/networkSecurityGroups/securityRules',
      apiVersion: '2023-04-01',
      properties: {
        protocol: 'Tcp',
        sourcePortRange: '*',
        destinationPortRange: '22',
        sourceAddressPrefix: source,
        destinationAddressPrefix: '*',
        access: 'Allow',
        priority: 100,
        direction: 'Inbound',
      },
    });
    writeFileSync(
      join(dir, 'deployment.json'),
      JSON.stringify(
        {
          properties: {
            mode: 'Incremental',
            parameters: { source: { value: '0.0.0.0/0' } },
            template: {
              $schema: SCHEMA,
              contentVersion: '1.0.0.0',
              parameters: { source: { type: 'string', defaultValue: '10.0.0.0/8' } },
              resources: [rule("[parameters('source')]")],
            },
          },
        },
        null,
        2,
      ),
    );
    const { run, byName } = await candidates(dir, [], dir);
    const nsg = byName.get('shared-nsg')!;
    expect(nsg.uid).toBe('deployment.json#shared-nsg');
    expect(nsg.config.securityRules).toEqual([
      expect.objectContaining({ name: 'ssh', sourceAddressPrefixes: ['0.0.0.0/0'] }),
    ]);
    expect(run.spans.get('deployment.json#shared-nsg')?.line).toBe(19); // the rule's block
    expect(run.events.some((e) => e.kind === 'unsupported')).toBe(false);
  });

  it('reports what it cannot read: unknown copy counts, malformed JSON, cycles', async () => {
    const dir = tempTemplate({
      parameters: { n: { type: 'int' } },
      variables: { a: "[variables('b')]", b: "[variables('a')]" },
      resources: [
        {
          type: 'Microsoft.Storage/storageAccounts',
          apiVersion: '2023-01-01',
          name: "[concat('sa', copyIndex())]",
          copy: { name: 'many', count: "[parameters('n')]" },
          properties: {},
        },
        {
          type: 'Microsoft.KeyVault/vaults',
          apiVersion: '2023-02-01',
          name: 'kv1',
          properties: { enablePurgeProtection: "[variables('a')]", enableSoftDelete: true },
        },
      ],
    });
    const { run, byName } = await candidates(dir, [], dir);
    expect(run.events).toContainEqual(
      expect.objectContaining({
        kind: 'diagnostic',
        level: 'warning',
        // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest's asymmetric matcher
        message: expect.stringMatching(
          /azuredeploy\.json:\d+: \[concat\('sa', copyIndex\(\)\)\] not assessed: its copy count is not known/,
        ),
      }),
    );
    expect(byName.get('kv1')!.config.purgeProtectionEnabled).toEqual({
      $unknown: 'variable a refers to itself',
    });

    writeFileSync(join(dir, 'azuredeploy.json'), `{"$schema": "${SCHEMA}",\n "resources": [ {`);
    const bad = await readIac([dir], { cwd: dir });
    expect(bad.events).toContainEqual(
      expect.objectContaining({
        kind: 'diagnostic',
        level: 'error',
        // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest's asymmetric matcher
        message: expect.stringMatching(/^azuredeploy\.json:\d+: not valid JSON/),
      }),
    );
  });
});
