import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/main.js';
import { memoryIo } from '../../../cli/io.js';
import { AZURE_CALLS, callOfRequest } from './calls.js';

describe('parapet permissions azure', () => {
  it('prints a custom role with only the declared read actions', async () => {
    const io = memoryIo();
    expect(await main(['permissions', 'azure'], io)).toBe(0);
    const role = JSON.parse(io.out()) as Record<string, unknown>;
    expect(role).toMatchObject({ IsCustom: true, NotActions: [], DataActions: [] });
    const actions = role.Actions as string[];
    expect(actions).toEqual(
      [...new Set(AZURE_CALLS.flatMap((c) => c.permissions))].sort((a, b) =>
        a.toLowerCase().localeCompare(b.toLowerCase()),
      ),
    );
    expect(actions).toContain('Microsoft.ResourceGraph/resources/read');
    expect(actions).toContain('Microsoft.Security/pricings/read');
    for (const a of actions) expect(a).toMatch(/^Microsoft\.[A-Za-z]+\/[A-Za-z/]+\/read$/);
    expect(role.AssignableScopes).toEqual(expect.arrayContaining(['/subscriptions/<subscription-id>']));
  });

  it('explains each call with --explain', async () => {
    const io = memoryIo();
    await main(['permissions', 'azure', '--explain'], io);
    const role = JSON.parse(io.out()) as { Calls: { operation: string; why: string }[] };
    expect(role.Calls).toHaveLength(AZURE_CALLS.length);
    expect(role.Calls.every((c) => c.why.length > 10)).toBe(true);
  });

  it('matches requests to declared calls by method and path, case-insensitively', () => {
    expect(
      callOfRequest(
        'GET',
        '/subscriptions/S/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv/keys?api-version=2023-07-01',
      )?.operation,
    ).toBe('keys/list');
    expect(
      callOfRequest(
        'DELETE',
        '/subscriptions/S/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv/keys',
      ),
    ).toBeUndefined();
    expect(
      callOfRequest(
        'GET',
        '/subscriptions/S/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv/secrets/s1',
      ),
    ).toBeUndefined();
  });
});

describe('parapet scan --azure options', () => {
  it('rejects a subscription list that is not GUIDs, naming the flag', async () => {
    const io = memoryIo();
    expect(await main(['scan', '--azure', '--subscriptions', 'prod,dev', '--no-store'], io)).toBe(2);
    expect(io.err()).toContain('--subscriptions: "prod" is not a subscription id');
  });

  it('refuses a plain-http endpoint, since the token is sent to it', async () => {
    const io = memoryIo();
    expect(await main(['scan', '--azure', '--azure-endpoint', 'http://127.0.0.1:1', '--no-store'], io)).toBe(
      2,
    );
    expect(io.err()).toContain('--azure-endpoint');
  });
});
