/** The CloudFront, Auto Scaling and ECS mappers on configuration items in the API spelling. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAsset } from '../../../../inventory/build.js';
import { assetTypeDef } from '../../../../inventory/types.js';
import type { AnyAsset } from '../../../../model/asset.js';
import { importPaths } from '../../index.js';

const FILE = join(import.meta.dirname, '..', 'fixtures', 'edge', 'api-items.json');

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

describe('AWS Config edge mappers: configuration items (API spelling, configuration as JSON text)', () => {
  it('reads launch configuration defaults where the API leaves settings out, and drops user data', async () => {
    const { assets, problems } = await load();
    expect(problems).toEqual([]);
    const lc = byName(assets, 'old-lc');
    expect(lc.type).toBe('aws.autoscaling.launch-configuration');
    expect(lc.config).toEqual({
      metadataHttpTokens: 'optional',
      metadataHttpEndpoint: 'enabled',
      metadataHopLimit: 1,
      associatePublicIpAddress: null,
      imageId: 'ami-1',
      instanceType: 't2.micro',
    });
    expect(JSON.stringify(lc)).not.toContain('c2VjcmV0');
  });

  it('reads ECS task definitions and clusters in the API spelling, keeping environment names only', async () => {
    const { assets } = await load();
    const td = byName(assets, 'batch:12');
    expect(td.config).toEqual({
      family: 'batch',
      revision: 12,
      status: 'INACTIVE',
      networkMode: 'bridge',
      pidMode: null,
      containers: [
        {
          name: 'batch',
          privileged: null,
          readonlyRootFilesystem: null,
          user: '0',
          environmentNames: ['DB_PASSWORD'],
          logDriver: 'splunk',
        },
      ],
    });
    expect(JSON.stringify(td)).not.toContain('hunter2');
    expect(byName(assets, 'batch').config).toEqual({ containerInsights: 'disabled' });
  });

  it('records what a partial record lacks as unknown, with the reason', async () => {
    const { assets } = await load();
    const d = byName(assets, 'E3PARTIAL');
    expect(d.uid).toBe('arn:aws:cloudfront::111122223333:distribution/E3PARTIAL');
    expect(d.config.domainName).toBe('d3.cloudfront.net');
    for (const f of ['defaultRootObject', 'origins', 'logging', 'viewerCertificate', 'webAclId', 'enabled'])
      expect(d.config[f], f).toEqual({ $unknown: expect.stringContaining('distributionConfig') as unknown });
    const g = byName(assets, 'batch-asg');
    expect(g.config.healthCheckType).toEqual({
      $unknown: expect.stringContaining('no configuration') as unknown,
    });
    expect(g.config.launchTemplate).toEqual({
      $unknown: expect.stringContaining('no configuration') as unknown,
    });
  });
});
