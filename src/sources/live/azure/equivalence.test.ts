/**
 * Done means: `parapet scan --azure` against the loopback ARM endpoint and `parapet scan --import` of
 * the equivalent Resource Graph export (the same rows with the same ARM details) give the same findings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../../../cli/io.js';
import { runScan, type ScanOptions } from '../../../cli/scan.js';
import { azureLiveSource } from './index.js';
import { ESTATE_FILE, fixedToken, loadEstate } from './testing/harness.js';
import { startReplayServer, TEST_CA, type ReplayServer } from './testing/replay-server.js';

let server: ReplayServer;
beforeAll(async () => {
  server = await startReplayServer(loadEstate(), { throttleGraph: 1 });
});
afterAll(() => server.close());

interface Finding {
  id: string;
  ruleId: string;
  status: string;
  message: string;
  resource: { uid: string };
}

const BASE: ScanOptions = {
  demo: false,
  store: false,
  format: 'json',
  minSeverity: 'info',
  at: '2026-06-01T00:00:00Z',
  includePassed: true,
  progress: false,
  color: false,
};

async function findings(options: Partial<ScanOptions>): Promise<Finding[]> {
  const io = memoryIo({});
  const code = await runScan({ ...BASE, ...options }, io);
  expect(code, io.err()).toBe(0);
  const report = JSON.parse(io.out()) as { findings: Finding[] };
  return report.findings
    .map((f) => ({
      id: f.id,
      ruleId: f.ruleId,
      status: f.status,
      message: f.message,
      resource: { uid: f.resource.uid },
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

describe('live Azure scan and import of the equivalent export', () => {
  it('give the same findings', async () => {
    const source = azureLiveSource({ credential: fixedToken, ca: TEST_CA, maxRetries: 3 });
    const live = await findings({
      live: [{ source, options: { azure: true, azureEndpoint: server.endpoint } }],
    });
    const imported = await findings({ import: [ESTATE_FILE] });
    expect(live.length).toBeGreaterThan(20);
    expect(live.filter((f) => f.status === 'fail').length).toBeGreaterThan(5);
    expect(live).toEqual(imported);
    const status = (ruleId: string, uidPart: string) =>
      live.find((f) => f.ruleId === ruleId && f.resource.uid.includes(uidPart))?.status ?? 'pass';
    // ARM details reach the rules: SQL firewall open to all, TDE off, a key without expiry, ...
    expect(status('azure-sql-server-no-internet-firewall-rule', 'sql-orders')).toBe('fail');
    expect(status('azure-sql-database-tde-enabled', 'sql-orders')).toBe('fail');
    expect(status('azure-keyvault-vault-keys-expire', 'kv-prod-secrets')).toBe('fail');
    expect(status('azure-storage-account-container-soft-delete-enabled', 'stdataprod01')).toBe('fail');
    expect(status('azure-storage-account-blob-soft-delete-enabled', 'stdataprod01')).toBe('pass');
    expect(status('azure-web-app-min-tls-1-2', 'app-orders')).toBe('fail');
    expect(status('azure-defender-storage-on', 'b2c3d4e5')).toBe('fail');
    expect(status('azure-defender-storage-on', 'a1b2c3d4')).toBe('pass');
    // Both subscriptions were listed completely, so a missing alert is a finding, not unknown.
    expect(status('azure-monitor-alert-nsg-write', 'a1b2c3d4')).toBe('fail');
  });
});
