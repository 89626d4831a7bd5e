/**
 * Imported Resource Graph fixtures judged by the Azure rules through the engine: the mappers and the
 * rules must agree on what each field means ("not set" fails where ARM says it means off; a row
 * without properties is `error`, never pass or fail), and cross-asset rules see their related assets.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess, type AssessedAsset } from '../../../engine/assess.js';
import type { ResultStatus } from '../../../model/result.js';
import { ALL_RULES } from '../../../rules/index.js';
import { importPaths } from '../index.js';
import { azureResourceGraphFormat } from './format.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');

async function assessed(files: string[]): Promise<AssessedAsset[]> {
  const out: AssessedAsset[] = [];
  const events = importPaths(
    files.map((f) => join(FIXTURES, f)),
    { formats: [azureResourceGraphFormat] },
  );
  const rules = ALL_RULES.filter((r) => r.id.startsWith('azure-'));
  await assess(
    events,
    { rules, now: new Date('2026-06-01T00:00:00Z') },
    { write: (b) => void out.push(...b) },
  );
  return out;
}

describe('Azure rules over imported Resource Graph rows', async () => {
  const list = await assessed(['az-graph-query.json', 'rest-table.json', 'no-properties.json']);
  const verdict = (ruleId: string, name: string): { status: ResultStatus; message: string } => {
    const a = list.find((x) => x.asset.name === name && x.results.some((r) => r.ruleId === ruleId));
    const r = a?.results.find((x) => x.ruleId === ruleId);
    if (!r) throw new Error(`no ${ruleId} result for ${name}`);
    return { status: r.status, message: r.message };
  };

  it.each([
    ['azure-storage-account-secure-transfer-required', 'stdataprod01', 'fail'],
    ['azure-storage-account-public-blob-access-disabled', 'stdataprod01', 'fail'],
    ['azure-storage-account-min-tls-1-2', 'stlogs', 'pass'],
    ['azure-storage-account-default-network-deny', 'stdataprod01', 'fail'],
    ['azure-storage-account-default-network-deny', 'stlogs', 'pass'],
    ['azure-storage-account-infrastructure-encryption-enabled', 'stdataprod01', 'fail'],
    ['azure-storage-account-public-blob-access-disabled', 'stnoprops', 'error'],
    ['azure-network-nsg-no-public-ssh', 'nsg-web', 'fail'],
    ['azure-network-nsg-no-public-rdp', 'nsg-web', 'pass'],
    ['azure-network-nsg-no-public-udp', 'nsg-web', 'fail'],
    ['azure-sql-server-public-network-access-disabled', 'sql-orders', 'fail'],
    ['azure-sql-server-min-tls-1-2', 'sql-orders', 'pass'],
    ['azure-sql-server-entra-admin-configured', 'sql-orders', 'pass'],
    ['azure-keyvault-vault-purge-protection-enabled', 'kv-prod-secrets', 'fail'],
    ['azure-keyvault-vault-public-network-access-disabled', 'kv-prod-secrets', 'pass'],
    ['azure-compute-vm-managed-disks-used', 'vm-web-01', 'fail'],
    ['azure-compute-vm-encryption-at-host-enabled', 'vm-web-01', 'fail'],
    ['azure-compute-disk-encrypted-with-cmk', 'orphan-data', 'pass'],
    ['azure-compute-disk-public-network-access-disabled', 'vm-web-01_OsDisk_1', 'fail'],
    ['azure-compute-disk-encrypted-with-cmk', 'disk-noprops', 'error'],
    ['azure-authorization-owner-not-assigned-to-users', '0f0e0d0c-0000-4000-8000-000000000101', 'fail'],
    [
      'azure-authorization-owner-not-assigned-to-users',
      '8b8b8b8b-0000-4000-8000-000000000202',
      'not_applicable',
    ],
    ['azure-authorization-subscription-owners-limited', 'Production', 'pass'],
  ] as const)('%s on %s: %s', (ruleId, name, status) => {
    expect(verdict(ruleId, name).status).toBe(status);
  });

  it('finds the public IP bound to a VM NIC elsewhere in the import', () => {
    expect(verdict('azure-compute-vm-no-public-ip', 'vm-web-01')).toEqual({
      status: 'fail',
      message: 'VM vm-web-01 has public IP address pip-web-01 (20.50.60.70)',
    });
  });

  it('names the rule and priority that expose SSH', () => {
    expect(verdict('azure-network-nsg-no-public-ssh', 'nsg-web').message).toBe(
      'NSG nsg-web allows SSH (port 22) from Internet through rule allow-ssh-anywhere (priority 100)',
    );
  });

  it('does not count owners of a subscription whose role assignments were not imported as a pass', () => {
    // The implied subscription of the second fixture has no role assignments in the import.
    const sub = list.find((a) => a.asset.uid === '/subscriptions/b2c3d4e5-0000-4000-8000-000000000002');
    expect(
      sub?.results.find((r) => r.ruleId === 'azure-authorization-subscription-owners-limited')?.status,
    ).toBe('error');
  });
});
