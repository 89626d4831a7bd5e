import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPaths } from '../sources/import/index.js';
import { parseConfigFast } from './config-parser.js';
import { assetTypeDef } from './types.js';
import type { AssetTypeDef } from './define.js';

const FIXTURES = join(import.meta.dirname, '..', 'sources', 'import');

/** Every candidate config the importers make from their own test fixtures, with its type. */
async function candidates(): Promise<{ def: AssetTypeDef; config: Record<string, unknown> }[]> {
  const out: { def: AssetTypeDef; config: Record<string, unknown> }[] = [];
  const dirs = ['aws-config', 'aws-credential-report', 'azure-resource-graph', 'gcp-cai'];
  for await (const ev of importPaths(dirs.map((d) => join(FIXTURES, d, 'fixtures')))) {
    if (ev.kind !== 'candidate') continue;
    const def = assetTypeDef(ev.type);
    if (def !== undefined) out.push({ def, config: ev.candidate.config });
  }
  return out;
}

/** The config with one field changed in each way a source can get it wrong, or say it is unknown. */
function variants(config: Record<string, unknown>): Record<string, unknown>[] {
  const out = [config];
  for (const field of Object.keys(config)) {
    for (const value of [
      { $unknown: 'denied' },
      42,
      'text',
      null,
      [],
      { $unknown: 5 },
      { $unknown: 'x', y: 1 },
    ]) {
      out.push({ ...config, [field]: value });
    }
    const { [field]: _gone, ...rest } = config;
    out.push(rest);
  }
  return out;
}

describe('parseConfigFast', () => {
  it('gives exactly what the full schema gives, or leaves the config to it', async () => {
    const all = await candidates();
    const types = new Set(all.map((c) => c.def.type));
    expect(types.size).toBeGreaterThan(25); // the fixtures cover most asset types
    let fast = 0;
    for (const { def, config } of all) {
      for (const v of variants(config)) {
        const full = def.config.safeParse(v);
        const quick = parseConfigFast(def, v);
        if (!full.success) {
          expect(quick, `${def.type}: ${JSON.stringify(v)}`).toBeUndefined();
          continue;
        }
        if (quick === undefined) continue; // allowed (too many combinations); never wrong
        fast++;
        expect(quick.data).toEqual(full.data);
        // Same key order too, so stored JSON is byte for byte the same.
        expect(JSON.stringify(quick.data)).toBe(JSON.stringify(full.data));
      }
    }
    expect(fast).toBeGreaterThan(1000);
  });

  it('keeps Unknown markers as the union does, and rejects malformed ones', () => {
    const def = assetTypeDef('aws.s3.bucket')!;
    const ok = parseConfigFast(def, {
      publicAccessBlock: null,
      acl: [],
      policy: { $unknown: 'denied' },
      encryption: null,
      versioning: 'Enabled',
      mfaDelete: false,
      logging: null,
      objectLockEnabled: false,
      lifecycleRules: [],
      eventNotifications: [],
      replicationRules: [],
    });
    expect(ok?.data.policy).toEqual({ $unknown: 'denied' });
    const extraKey = parseConfigFast(def, {
      publicAccessBlock: null,
      acl: [],
      policy: { $unknown: 'denied', more: true },
      encryption: null,
      versioning: 'Enabled',
      mfaDelete: false,
      logging: null,
      objectLockEnabled: false,
      lifecycleRules: [],
      eventNotifications: [],
      replicationRules: [],
    });
    expect(extraKey).toBeUndefined();
  });
});
