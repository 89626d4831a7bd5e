import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../model/errors.js';
import { DEFAULT_CONTEXT_TAG_KEYS } from '../inventory/context.js';
import { DEFAULT_GOVERNANCE } from '../lifecycle/governance.js';
import { loadConfig } from './config.js';

function dirWith(text?: string): string {
  const d = mkdtempSync(join(tmpdir(), 'parapet-config-'));
  if (text !== undefined) writeFileSync(join(d, 'parapet.config.yaml'), text);
  return d;
}

describe('loadConfig', () => {
  it('uses the defaults when there is no config file', () => {
    expect(loadConfig(undefined, dirWith())).toEqual({
      file: undefined,
      contextTagKeys: DEFAULT_CONTEXT_TAG_KEYS,
      frameworkFiles: [],
      complianceWeights: {},
      iac: { skipRules: [], skipPaths: [] },
      governance: DEFAULT_GOVERNANCE,
    });
  });

  it('reads governance: account owners, fallback, SLA durations over the defaults, grace', () => {
    const c = loadConfig(
      undefined,
      dirWith(
        'governance:\n  accountOwners: { "111122223333": platform }\n  fallbackOwner: secops\n  sla: { critical: 24h, high: 1w }\n  grace: 2d\n',
      ),
    );
    expect(c.governance).toEqual({
      accountOwners: { '111122223333': 'platform' },
      fallbackOwner: 'secops',
      sla: { critical: 24, high: 168, medium: 720, low: 2160 },
      graceHours: 48,
    });
    expect(() => loadConfig(undefined, dirWith('governance:\n  sla: { high: soon }\n'))).toThrow(
      /line 2: governance.sla.high: "soon" is not a duration/,
    );
  });

  it('resolves framework files against the config file and reads compliance weights', () => {
    const dir = dirWith(
      'frameworks: [fw/mine.json]\ncompliance:\n  weights:\n    severity: { critical: 20 }\n    requirements: { hipaa: { "164.312(b)": 0 } }\n',
    );
    const c = loadConfig(undefined, dir);
    expect(c.frameworkFiles).toEqual([join(dir, 'fw', 'mine.json')]);
    expect(c.complianceWeights).toEqual({
      severity: { critical: 20 },
      requirements: { hipaa: { '164.312(b)': 0 } },
    });
    expect(() =>
      loadConfig(undefined, dirWith('compliance:\n  weights:\n    severity: { critical: -1 }\n')),
    ).toThrow(/line 3: compliance\.weights\.severity\.critical/);
  });

  it('reads parapet.config.yaml from the working directory and keeps defaults for keys it does not set', () => {
    const c = loadConfig(undefined, dirWith('tags:\n  owner: [squad, owner]\n'));
    expect(c.contextTagKeys.owner).toEqual(['squad', 'owner']);
    expect(c.contextTagKeys.environment).toEqual(DEFAULT_CONTEXT_TAG_KEYS.environment);
  });

  it('names the file, line and key of a wrong value', () => {
    const d = dirWith('tags:\n  owner: squad\n');
    expect(() => loadConfig(undefined, d)).toThrow(ConfigError);
    expect(() => loadConfig(undefined, d)).toThrow(/parapet\.config\.yaml: line 2: tags\.owner: /);
  });

  it('rejects unknown keys and YAML syntax errors with the line', () => {
    expect(() => loadConfig(undefined, dirWith('tagz: {}\n'))).toThrow(/tagz|Unrecognized key/);
    expect(() => loadConfig(undefined, dirWith('tags:\n  owner: [a\n'))).toThrow(/line \d+/);
  });

  it('reads an explicit --config path relative to the working directory, and names a missing one', () => {
    const d = dirWith();
    writeFileSync(join(d, 'other.yaml'), 'tags:\n  environment: [stage]\n');
    expect(loadConfig('other.yaml', d).contextTagKeys.environment).toEqual(['stage']);
    expect(() => loadConfig('missing.yaml', d)).toThrow(/missing\.yaml: cannot be read/);
  });
});
