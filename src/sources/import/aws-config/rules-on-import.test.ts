/**
 * Imported AWS Config fixtures judged by the storage, compute and network rules: the mappers and the
 * rules must agree on what each field means (a gap in the record is `error`, never pass or fail).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateRule } from '../../../engine/evaluate-rule.js';
import { InventoryIndex } from '../../../engine/inventory-index.js';
import { buildAsset } from '../../../inventory/build.js';
import { assetTypeDef } from '../../../inventory/types.js';
import type { AnyAsset } from '../../../model/asset.js';
import type { ResultStatus } from '../../../model/result.js';
import { ALL_RULES } from '../../../rules/index.js';
import { importPaths } from '../index.js';
import { awsConfigFormat } from './format.js';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'format');

async function importAssets(files: string[]): Promise<AnyAsset[]> {
  const out: AnyAsset[] = [];
  for await (const e of importPaths(
    files.map((f) => join(FIXTURES, f)),
    { formats: [awsConfigFormat] },
  )) {
    if (e.kind !== 'candidate') continue;
    const def = assetTypeDef(e.type);
    if (def) out.push(buildAsset(def, e.candidate).asset);
  }
  return out;
}

describe('rules over imported AWS Config items', async () => {
  const assets = await importAssets(['snapshot.json', 'api-items.json', 'select-results.json']);
  const index = new InventoryIndex(assets);
  const now = new Date('2026-06-01T00:00:00Z');
  const verdict = (ruleId: string, uidPart: string): { status: ResultStatus; message: string } => {
    const rule = ALL_RULES.find((r) => r.id === ruleId);
    if (!rule) throw new Error(`no rule ${ruleId}`);
    const asset = assets.find((a) => rule.assetTypes.includes(a.type as never) && a.uid.includes(uidPart));
    if (!asset) throw new Error(`no ${rule.assetTypes.join('/')} asset matching ${uidPart}`);
    const r = evaluateRule(rule, asset, { now, index });
    return { status: r.status, message: r.message };
  };

  it.each([
    [
      'aws-ec2-security-group-no-public-ssh',
      'sg-0a1b2c3d4e5f60718',
      'fail',
      'Security group shop-web allows inbound 22 (SSH) from 0.0.0.0/0 (rule tcp 22)',
    ],
    [
      'aws-ec2-security-group-no-public-rdp',
      'sg-0123abcd',
      'fail',
      'Security group legacy-admin allows inbound 3389 (RDP) from 0.0.0.0/0 (rule tcp 3389)',
    ],
    ['aws-ec2-security-group-no-public-database-ports', 'sg-0123abcd', 'pass', ''],
    ['aws-ec2-default-security-group-restricts-all', 'sg-0dddddddddddddddd', 'fail', undefined],
    ['aws-ec2-default-security-group-restricts-all', 'sg-0a1b2c3d4e5f60718', 'not_applicable', undefined],
    ['aws-ec2-instance-imdsv2-required', 'i-0b1c2d3e4f5a6b7c8', 'fail', undefined],
    ['aws-ec2-instance-imdsv2-required', 'i-0f0e0d0c0b0a09080', 'pass', ''],
    [
      'aws-ec2-instance-no-public-ip',
      'i-0b1c2d3e4f5a6b7c8',
      'fail',
      'Instance i-0b1c2d3e4f5a6b7c8 has public IPv4 address 203.0.113.25',
    ],
    ['aws-ec2-volume-encrypted', 'vol-0c1d2e3f4a5b6c7d8', 'fail', undefined],
    ['aws-ec2-vpc-flow-logs-enabled', 'vpc/vpc-0d1e2f3a4b5c6d7e8', 'pass', ''],
    [
      'aws-rds-instance-not-public',
      'db:shop-orders',
      'fail',
      'DB instance shop-orders is publicly accessible',
    ],
    ['aws-rds-instance-storage-encrypted', 'db:shop-orders', 'pass', ''],
    ['aws-rds-instance-backups-enabled', 'db:shop-orders', 'fail', undefined],
    ['aws-rds-instance-auto-minor-upgrade-enabled', 'db:shop-orders', 'fail', undefined],
    ['aws-rds-snapshot-not-public', 'snapshot:shop-orders-before-migration', 'fail', undefined],
    ['aws-rds-snapshot-encrypted', 'snapshot:shared-copy', 'fail', undefined],
    ['aws-kms-key-rotation-enabled', 'key/0f6a1b2c', 'pass', ''],
    ['aws-kms-key-rotation-enabled', 'key/1a2b3c4d', 'error', undefined],
    ['aws-kms-key-rotation-enabled', 'key/2b2b2b2b', 'fail', undefined],
    [
      'aws-elbv2-load-balancer-access-logs-enabled',
      'loadbalancer/app/shop-web',
      'fail',
      'Load balancer shop-web has access logging turned off',
    ],
    ['aws-elbv2-listener-redirects-http-to-https', 'f2f7dc8efc522ab2', 'pass', ''],
    [
      'aws-elbv2-listener-modern-tls-policy',
      '0467ef3c8400ae65',
      'fail',
      'Listener shop-web:443 uses security policy ELBSecurityPolicy-2016-08, which accepts TLS 1.0',
    ],
    [
      'aws-eks-cluster-endpoint-not-public',
      'cluster/shop-prod',
      'fail',
      'EKS cluster shop-prod API endpoint is public and open to 0.0.0.0/0',
    ],
    ['aws-eks-cluster-secrets-encrypted', 'cluster/shop-prod', 'fail', undefined],
    ['aws-eks-cluster-control-plane-logging-enabled', 'cluster/shop-prod', 'fail', undefined],
    ['aws-eks-cluster-endpoint-not-public', 'cluster/legacy', 'error', undefined],
    [
      'aws-s3-bucket-not-public',
      'legacy-site',
      'fail',
      'Bucket legacy-site ACL grants READ to AllUsers (everyone)',
    ],
    ['aws-s3-bucket-not-public', 'shop-data', 'fail', undefined],
    ['aws-s3-bucket-ssl-requests-only', 'shop-data', 'pass', ''],
    ['aws-s3-bucket-default-encryption-kms', 'shop-data', 'pass', ''],
    ['aws-s3-bucket-default-encryption-kms', 'legacy-site', 'fail', undefined],
  ] as const)('%s on %s: %s', (ruleId, uidPart, status, message) => {
    const r = verdict(ruleId, uidPart);
    expect(r.status, r.message).toBe(status);
    if (message !== undefined && status === 'fail') expect(r.message).toBe(message);
  });
});
