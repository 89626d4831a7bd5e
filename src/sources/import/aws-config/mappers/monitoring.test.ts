/**
 * The CloudWatch alarm mapper over the AWS Config API spelling (configuration as JSON text): a plain
 * metric alarm, a metric-math alarm (its queries' metrics), an alarm whose empty action list the record
 * leaves out, and a record lacking what the rules need (gaps with reasons, never defaults). The snapshot
 * spelling is exercised by the live = import test (src/sources/live/aws/monitoring.test.ts).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAsset } from '../../../../inventory/build.js';
import { assetTypeDef } from '../../../../inventory/types.js';
import type { AnyAsset } from '../../../../model/asset.js';
import { importPaths } from '../../index.js';

const FILE = join(import.meta.dirname, '..', 'fixtures', 'monitoring', 'api-items.json');

async function load(file: string) {
  const assets: AnyAsset[] = [];
  const warnings: string[] = [];
  for await (const ev of importPaths([file])) {
    if (ev.kind !== 'candidate' || ev.type !== 'aws.cloudwatch.alarm') continue;
    const built = buildAsset(assetTypeDef(ev.type)!, ev.candidate);
    assets.push(built.asset);
    warnings.push(...built.warnings);
  }
  return { assets, warnings };
}

const reason = (text: string): unknown => ({ $unknown: expect.stringContaining(text) as unknown });

describe('AWS Config CloudWatch alarm mapper', () => {
  it('reads metric and metric-math alarms in the API spelling, with gaps for what a record lacks', async () => {
    const { assets, warnings } = await load(FILE);
    expect(warnings).toEqual([]);
    const byName = (name: string) => assets.find((a) => a.name === name);
    expect(byName('root-usage')?.uid).toBe('arn:aws:cloudwatch:us-east-1:111122223333:alarm:root-usage');
    expect(byName('root-usage')?.config).toEqual({
      metrics: [{ namespace: 'CISBenchmark', metricName: 'RootUsage' }],
      alarmActions: ['arn:aws:sns:us-east-1:111122223333:alerts'],
      actionsEnabled: true,
    });
    expect(byName('math')?.config).toEqual({
      metrics: [{ namespace: 'CISBenchmark', metricName: 'RootUsage' }],
      alarmActions: [],
      actionsEnabled: false,
    });
    expect(byName('no-actions')?.config.alarmActions).toEqual([]);
    expect(byName('bare')?.config).toEqual({
      metrics: reason('metric-math'),
      alarmActions: reason('alarmActions'),
      actionsEnabled: reason('actionsEnabled'),
    });
  });
});
