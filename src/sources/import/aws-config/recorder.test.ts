import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess, type AssessedAsset } from '../../../engine/assess.js';
import { rule as flowLogs } from '../../../rules/aws/ec2/aws-ec2-vpc-flow-logs-enabled.js';
import { importPaths } from '../index.js';
import { CONFIG_MAPPERS } from './mappers/index.js';
import { CONFIG_TYPE_ASSETS, LIVE_ONLY_TYPE_ASSETS } from './recorder.js';

const dir = mkdtempSync(join(tmpdir(), 'parapet-recorder-'));

const vpc = {
  awsAccountId: '123456789012',
  awsRegion: 'eu-west-1',
  resourceType: 'AWS::EC2::VPC',
  resourceId: 'vpc-0a1b2c3d',
  ARN: 'arn:aws:ec2:eu-west-1:123456789012:vpc/vpc-0a1b2c3d',
  configuration: { vpcId: 'vpc-0a1b2c3d', cidrBlock: '10.0.0.0/16', isDefault: false, state: 'available' },
  supplementaryConfiguration: {},
};

function recorder(recordingGroup: Record<string, unknown>, recording = true) {
  return {
    awsAccountId: '123456789012',
    awsRegion: 'eu-west-1',
    resourceType: 'AWS::Config::ConfigurationRecorder',
    resourceId: 'default',
    ARN: 'arn:aws:config:eu-west-1:123456789012:config-recorder/default',
    configuration: { Name: 'default', Recording: recording, RecordingGroup: recordingGroup },
    supplementaryConfiguration: {},
  };
}

async function verdict(items: unknown[]): Promise<string> {
  const f = join(dir, `s${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(f, JSON.stringify({ fileVersion: '1.0', configSnapshotId: 'x', configurationItems: items }));
  const out: AssessedAsset[] = [];
  await assess(
    importPaths([f]),
    { rules: [flowLogs], now: new Date('2026-06-01T00:00:00Z') },
    { write: (b) => void out.push(...b) },
  );
  return out.find((a) => a.asset.type === 'aws.ec2.vpc')!.results[0]!.status;
}

describe('AWS Config recorder coverage', () => {
  it('a VPC without flow logs fails when the recorder records all supported types', async () => {
    expect(await verdict([vpc, recorder({ AllSupported: true, IncludeGlobalResourceTypes: true })])).toBe(
      'fail',
    );
  });

  it('fails when flow logs are listed among the recorded types', async () => {
    expect(
      await verdict([
        vpc,
        recorder({ AllSupported: false, ResourceTypes: ['AWS::EC2::VPC', 'AWS::EC2::FlowLog'] }),
      ]),
    ).toBe('fail');
  });

  it('is unknown when flow logs are excluded, not recorded, or nothing says', async () => {
    expect(
      await verdict([
        vpc,
        recorder({
          AllSupported: false,
          RecordingStrategy: { UseOnly: 'EXCLUSION_BY_RESOURCE_TYPES' },
          ExclusionByResourceTypes: { ResourceTypes: ['AWS::EC2::FlowLog'] },
        }),
      ]),
    ).toBe('error');
    expect(await verdict([vpc, recorder({ AllSupported: true }, false)])).toBe('error');
    expect(await verdict([vpc])).toBe('error');
  });

  it('knows the asset types of every mapped resource type', () => {
    for (const t of Object.keys(CONFIG_MAPPERS))
      expect(CONFIG_TYPE_ASSETS[t] ?? LIVE_ONLY_TYPE_ASSETS[t], t).toBeDefined();
  });
});
