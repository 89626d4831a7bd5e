/** The WAF and Network Firewall mappers on configuration items in the API spelling (configuration as JSON text). */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAsset } from '../../../../inventory/build.js';
import { assetTypeDef } from '../../../../inventory/types.js';
import type { AnyAsset } from '../../../../model/asset.js';
import { importPaths } from '../../index.js';

const FILE = join(import.meta.dirname, '..', 'fixtures', 'firewalls', 'api-items.json');

async function load() {
  const assets: AnyAsset[] = [];
  const problems: string[] = [];
  for await (const ev of importPaths([FILE])) {
    if (ev.kind === 'diagnostic') problems.push(ev.message);
    if (ev.kind !== 'candidate') continue;
    const built = buildAsset(assetTypeDef(ev.type)!, ev.candidate);
    assets.push(built.asset);
    problems.push(...built.warnings);
  }
  return { assets, problems };
}

const byName = (assets: AnyAsset[], name: string) => assets.find((a) => a.name === name)!;

describe('AWS Config WAF and Network Firewall mappers (API spelling)', () => {
  it('counts Firewall Manager rule groups, reads PascalCase members and leaves logging unknown', async () => {
    const { assets, problems } = await load();
    expect(problems).toEqual([]);
    const acl = byName(assets, 'fms-acl');
    expect(acl.type).toBe('aws.wafv2.web-acl');
    expect(acl.config).toMatchObject({ scope: 'REGIONAL', rules: [], firewallManagerRuleGroupCount: 1 });
    expect(JSON.stringify(acl.config.loggingEnabled)).toMatch(/\$unknown.*wafv2:ListLoggingConfigurations/);
    expect(acl.tags).toEqual({ Owner: 'edge' });
  });

  it('records what an item leaves out as unknown, naming the field', async () => {
    const { assets } = await load();
    const group = byName(assets, 'no-visibility');
    expect(group.config).toMatchObject({
      scope: 'CLOUDFRONT',
      rules: [{ name: 'r1', cloudWatchMetricsEnabled: null }],
    });
    expect(group.config.cloudWatchMetricsEnabled).toEqual({
      $unknown: 'the AWS Config record has no configuration.visibilityConfig.cloudWatchMetricsEnabled',
    });
    // WAF Classic: GetWebACL's `rules` spelling is read where Config's `rulesList` is absent.
    expect(byName(assets, 'old-acl').config).toMatchObject({ ruleCount: 1 });
    expect(byName(assets, 'no-list').config.conditionCount).toEqual({
      $unknown: 'the AWS Config record has no configuration.predicateList',
    });
  });

  it('reads Network Firewall policies without rule groups, and stateful groups as not stateless', async () => {
    const { assets } = await load();
    expect(byName(assets, 'bare-policy').config).toEqual({
      ruleGroupCount: 0,
      statelessDefaultActions: ['aws:pass'],
      statelessFragmentDefaultActions: ['aws:drop'],
    });
    expect(byName(assets, 'domains').config).toEqual({ ruleGroupType: 'STATEFUL', statelessRuleCount: null });
  });
});
