/**
 * The AWS Config format as a whole, from files on disk through importPaths() to typed assets: the file
 * spelling (snapshot delivered to S3), the API spelling (JSON-string configuration and supplementary
 * values, one encoded twice), select-resource-config results, and bad input — a malformed item, a
 * syntax error, a truncated file, deleted and unsupported resources, hostile strings.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAsset } from '../../../inventory/build.js';
import { assetTypeDef } from '../../../inventory/types.js';
import type { AnyAsset } from '../../../model/asset.js';
import { isUnknown } from '../../../model/unknown.js';
import { detectFormat, importPaths } from '../index.js';
import type { CandidateEvent, DiagnosticEvent, ImportEvent } from '../types.js';
import { awsConfigFormat } from './format.js';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'format');
const fixture = (name: string) => join(FIXTURES, name);
const ACCOUNT = '123456789012';
const REGION = 'eu-west-1';
const ec2 = (type: string, id: string) => `arn:aws:ec2:${REGION}:${ACCOUNT}:${type}/${id}`;
const KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/0f6a1b2c-3d4e-4f50-8a9b-0c1d2e3f4a5b`;
const LB = `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:loadbalancer/app/shop-web/50dc6c495c0c9188`;

async function collect(paths: string[], streamThreshold?: number): Promise<ImportEvent[]> {
  const events: ImportEvent[] = [];
  const options = {
    formats: [awsConfigFormat],
    ...(streamThreshold === undefined ? {} : { streamThreshold }),
  };
  for await (const e of importPaths(paths, options)) events.push(e);
  return events;
}

const candidates = (events: ImportEvent[]) =>
  events.filter((e): e is CandidateEvent => e.kind === 'candidate');
const diagnostics = (events: ImportEvent[]) =>
  events.filter((e): e is DiagnosticEvent => e.kind === 'diagnostic');

/** Every candidate built into a typed asset; `strict` asserts none needed a field turned unknown. */
function assets(events: ImportEvent[], strict = true): AnyAsset[] {
  return candidates(events).map((c) => {
    const def = assetTypeDef(c.type);
    if (!def) throw new Error(`no asset type ${c.type}`);
    const { asset, warnings } = buildAsset(def, c.candidate);
    if (strict) expect(warnings, `${c.type} ${c.candidate.uid}`).toEqual([]);
    return asset;
  });
}

function byUid(list: AnyAsset[], uid: string): AnyAsset {
  const a = list.find((x) => x.uid === uid);
  if (!a) throw new Error(`no asset ${uid}; have ${list.map((x) => x.uid).join(', ')}`);
  return a;
}

describe('aws-config: snapshot file (file spelling: awsAccountId, ARN, objects)', async () => {
  const events = await collect([fixture('snapshot.json')]);
  const list = assets(events);

  it('is recognised as an AWS Config snapshot and reports its scope', () => {
    expect(events[0]).toMatchObject({ kind: 'file', format: 'aws-config' });
    expect(events).toContainEqual({ kind: 'scope', provider: 'aws', account: ACCOUNT, region: REGION });
    expect(diagnostics(events)).toEqual([]);
  });

  it('maps every supported resource type into a valid typed asset', () => {
    const types = new Set(list.map((a) => a.type));
    for (const t of [
      'aws.s3.bucket',
      'aws.ec2.security-group',
      'aws.ec2.instance',
      'aws.ec2.volume',
      'aws.ec2.vpc',
      'aws.ec2.flow-log',
      'aws.rds.db-instance',
      'aws.rds.db-snapshot',
      'aws.kms.key',
      'aws.elbv2.load-balancer',
      'aws.elbv2.listener',
      'aws.eks.cluster',
    ]) {
      expect(types, t).toContain(t);
    }
  });

  it('records where each asset came from and when AWS Config captured it', () => {
    const sg = byUid(list, ec2('security-group', 'sg-0a1b2c3d4e5f60718'));
    expect(sg.source).toEqual({
      kind: 'import',
      format: 'aws-config-snapshot',
      file: fixture('snapshot.json'),
      position: 'configurationItems[1]',
    });
    expect(sg.capturedAt).toBe('2026-05-20T08:15:02.114Z');
    expect(sg.account).toBe(ACCOUNT);
    expect(sg.region).toBe(REGION);
  });

  it('skips deleted resources and counts unsupported types without failing', () => {
    expect(list.some((a) => a.uid.includes('vol-0999999999999999a'))).toBe(false);
    expect(events).toContainEqual({
      kind: 'unsupported',
      provider: 'aws',
      resourceType: 'AWS::Amplify::App',
    });
  });

  it('normalises security group permissions from both CIDR spellings', () => {
    const sg = byUid(list, ec2('security-group', 'sg-0a1b2c3d4e5f60718'));
    expect(sg.name).toBe('shop-web');
    expect(sg.config.ingress).toEqual([
      {
        protocol: 'tcp',
        fromPort: 22,
        toPort: 22,
        ipv4Ranges: ['0.0.0.0/0'],
        ipv6Ranges: [],
        securityGroups: [],
        prefixListIds: [],
      },
      {
        protocol: 'tcp',
        fromPort: 443,
        toPort: 443,
        ipv4Ranges: ['0.0.0.0/0'],
        ipv6Ranges: ['::/0'],
        securityGroups: [],
        prefixListIds: [],
      },
      {
        protocol: 'tcp',
        fromPort: 8080,
        toPort: 8080,
        ipv4Ranges: [],
        ipv6Ranges: [],
        securityGroups: [{ groupId: 'sg-0f1e2d3c4b5a69788', userId: ACCOUNT, vpcId: null }],
        prefixListIds: ['pl-6da54004'],
      },
    ]);
    expect(sg.config.egress).toEqual([
      {
        protocol: 'all',
        fromPort: 0,
        toPort: 65535,
        ipv4Ranges: ['0.0.0.0/0'],
        ipv6Ranges: [],
        securityGroups: [],
        prefixListIds: [],
      },
    ]);
    expect(sg.relations).toEqual([{ kind: 'in-vpc', target: ec2('vpc', 'vpc-0d1e2f3a4b5c6d7e8') }]);
  });

  it('reads instances: exposure, IMDS, identity and relations', () => {
    const i = byUid(list, ec2('instance', 'i-0b1c2d3e4f5a6b7c8'));
    expect(i.config).toMatchObject({
      state: 'running',
      publicIp: '203.0.113.25',
      metadataOptions: { httpTokens: 'optional', httpEndpoint: 'enabled', httpPutResponseHopLimit: 1 },
      securityGroupIds: ['sg-0a1b2c3d4e5f60718'],
      iamInstanceProfileArn: `arn:aws:iam::${ACCOUNT}:instance-profile/shop-web`,
      keyName: 'ops-2025',
      imageId: 'ami-0abcdef1234567890',
    });
    expect(i.relations).toEqual([
      { kind: 'uses-security-group', target: ec2('security-group', 'sg-0a1b2c3d4e5f60718') },
      { kind: 'in-subnet', target: ec2('subnet', 'subnet-0a9b8c7d6e5f4a3b2') },
      { kind: 'in-vpc', target: ec2('vpc', 'vpc-0d1e2f3a4b5c6d7e8') },
      { kind: 'runs-as', target: `arn:aws:iam::${ACCOUNT}:instance-profile/shop-web` },
    ]);
  });

  it('reads volumes, VPCs and flow logs, with their relations', () => {
    const vol = byUid(list, ec2('volume', 'vol-0c1d2e3f4a5b6c7d8'));
    // The API leaves the key out of an unencrypted volume: known "no key", not a gap.
    expect(vol.config).toMatchObject({ encrypted: false, kmsKeyId: null, state: 'in-use', sizeGiB: 8 });
    expect(vol.relations).toEqual([{ kind: 'attached-to', target: ec2('instance', 'i-0b1c2d3e4f5a6b7c8') }]);
    const vpc = byUid(list, ec2('vpc', 'vpc-0d1e2f3a4b5c6d7e8'));
    expect(vpc.config).toMatchObject({
      isDefault: true,
      cidrBlock: '172.31.0.0/16',
      cidrBlocks: ['172.31.0.0/16'],
    });
    const fl = byUid(list, ec2('vpc-flow-log', 'fl-0e1f2a3b4c5d6e7f8'));
    expect(fl.config).toMatchObject({
      resourceId: 'vpc-0d1e2f3a4b5c6d7e8',
      trafficType: 'REJECT',
      status: 'ACTIVE',
      destinationType: 's3',
    });
    expect(fl.relations).toEqual([{ kind: 'logs', target: vpc.uid }]);
  });

  it('reads RDS instances and snapshots (port from the endpoint, restore attribute from supplementary)', () => {
    const db = byUid(list, `arn:aws:rds:${REGION}:${ACCOUNT}:db:shop-orders`);
    expect(db.name).toBe('shop-orders');
    expect(db.config).toMatchObject({
      publiclyAccessible: true,
      storageEncrypted: true,
      kmsKeyId: KEY,
      backupRetentionPeriod: 3,
      autoMinorVersionUpgrade: false,
      port: 5432,
      vpcSecurityGroupIds: ['sg-0f1e2d3c4b5a69788'],
      deletionProtection: true,
      iamDatabaseAuthenticationEnabled: false,
      clusterIdentifier: null,
    });
    expect(db.relations).toContainEqual({ kind: 'encrypted-by', target: KEY });
    expect(db.relations).toContainEqual({
      kind: 'uses-security-group',
      target: ec2('security-group', 'sg-0f1e2d3c4b5a69788'),
    });
    const snap = byUid(list, `arn:aws:rds:${REGION}:${ACCOUNT}:snapshot:shop-orders-before-migration`);
    expect(snap.config).toMatchObject({
      encrypted: true,
      restoreAttributeValues: ['all'],
      sourceDbInstanceIdentifier: 'shop-orders',
    });
  });

  it('reads KMS keys with rotation and key policy from supplementaryConfiguration', () => {
    const key = byUid(list, KEY);
    expect(key.config).toMatchObject({
      keyManager: 'CUSTOMER',
      keySpec: 'SYMMETRIC_DEFAULT',
      keyState: 'Enabled',
      rotationEnabled: true,
    });
    expect(key.config.policy).toMatchObject({ Id: 'key-default-1' });
  });

  it('reads load balancer attributes and listener actions', () => {
    const lb = byUid(list, LB);
    expect(lb.config).toMatchObject({
      scheme: 'internet-facing',
      lbType: 'application',
      accessLogsEnabled: false,
      accessLogsBucket: null,
      dropInvalidHeaderFields: false,
      deletionProtection: true,
    });
    const listener = list.find((a) => a.type === 'aws.elbv2.listener');
    expect(listener?.name).toBe('shop-web:80');
    expect(listener?.config).toMatchObject({
      protocol: 'HTTP',
      port: 80,
      sslPolicy: null,
      defaultActions: [
        { type: 'redirect', redirect: { protocol: 'HTTPS', port: '443', statusCode: 'HTTP_301' } },
      ],
    });
    expect(listener?.relations).toEqual([{ kind: 'listener-of', target: LB }]);
  });

  it('reads EKS clusters in the CloudFormation spelling; absent settings of a full record are "none"', () => {
    const eks = byUid(list, `arn:aws:eks:${REGION}:${ACCOUNT}:cluster/shop-prod`);
    expect(eks.config).toMatchObject({
      endpointPublicAccess: true,
      publicAccessCidrs: ['0.0.0.0/0'],
      enabledLogTypes: ['api', 'audit'],
      encryptionConfig: [],
      vpcId: 'vpc-0d1e2f3a4b5c6d7e8',
    });
    expect(eks.relations).toContainEqual({ kind: 'in-vpc', target: ec2('vpc', 'vpc-0d1e2f3a4b5c6d7e8') });
  });

  it('reads S3 bucket settings from supplementaryConfiguration objects', () => {
    const b = byUid(list, 'arn:aws:s3:::shop-data');
    expect(b.config).toMatchObject({
      publicAccessBlock: { blockPublicAcls: true, ignorePublicAcls: false },
      versioning: 'Enabled',
      logging: { targetBucket: 'shop-access-logs', targetPrefix: 'shop-data/' },
      encryption: { sseAlgorithm: 'aws:kms', kmsKeyId: KEY, bucketKeyEnabled: true },
    });
    expect(b.config.acl).toContainEqual({
      granteeType: 'Group',
      grantee: 'http://acs.amazonaws.com/groups/global/AllUsers',
      permission: 'READ',
    });
    expect(b.context).toEqual({ owner: 'shop-team', environment: 'production' });
  });
});

describe('aws-config: API items (accountId, arn, configuration as JSON text)', async () => {
  const events = await collect([fixture('api-items.json')]);
  const list = assets(events);

  it('imports every item with the items format', () => {
    expect(diagnostics(events)).toEqual([]);
    expect(
      list.filter((a) => a.type !== 'aws.account').every((a) => a.source.format === 'aws-config-items'),
    ).toBe(true);
  });

  it('decodes a supplementary value encoded twice (the S3 ACL)', () => {
    const b = byUid(list, 'arn:aws:s3:::legacy-site');
    expect(b.config.acl).toEqual([
      {
        granteeType: 'CanonicalUser',
        grantee: '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be',
        permission: 'FULL_CONTROL',
      },
      {
        granteeType: 'Group',
        grantee: 'http://acs.amazonaws.com/groups/global/AllUsers',
        permission: 'READ',
      },
    ]);
    expect(b.config).toMatchObject({ policy: null, versioning: 'Off', mfaDelete: false, logging: null });
  });

  it('reads old security group records (ipRanges as strings, protocol numbers, null ports)', () => {
    const sg = byUid(list, ec2('security-group', 'sg-0123abcd'));
    expect(sg.config.ingress).toMatchObject([
      { protocol: 'tcp', fromPort: 3389, toPort: 3389, ipv4Ranges: ['0.0.0.0/0'] },
      { protocol: 'tcp', fromPort: 5432, toPort: 5432, ipv4Ranges: ['10.42.0.0/16'] },
    ]);
    expect(sg.config.egress).toMatchObject([{ protocol: 'all', fromPort: 0, toPort: 65535 }]);
  });

  it('gives the same VPC the same config in both spellings', async () => {
    const fromFile = byUid(
      assets(await collect([fixture('snapshot.json')])),
      ec2('vpc', 'vpc-0d1e2f3a4b5c6d7e8'),
    );
    const fromApi = byUid(list, ec2('vpc', 'vpc-0d1e2f3a4b5c6d7e8'));
    expect(fromApi.config).toEqual(fromFile.config);
  });

  it('reads an instance without a public address as a known "none"', () => {
    const i = byUid(list, ec2('instance', 'i-0f0e0d0c0b0a09080'));
    expect(i.config).toMatchObject({ publicIp: null, iamInstanceProfileArn: null, keyName: null });
    expect(i.config.metadataOptions).toMatchObject({ httpTokens: 'required' });
  });

  it('leaves KMS rotation unknown, with the reason, when AWS Config did not record it', () => {
    const key = byUid(list, `arn:aws:kms:${REGION}:${ACCOUNT}:key/1a2b3c4d-0000-4000-8000-00000000aaaa`);
    expect(key.config.rotationEnabled).toEqual({
      $unknown: 'AWS Config did not record key rotation (no supplementaryConfiguration.KeyRotationStatus)',
    });
    // `customerMasterKeySpec` is read where `keySpec` is missing.
    expect(key.config.keySpec).toBe('SYMMETRIC_DEFAULT');
  });

  it('reads load balancer attributes given as JSON text', () => {
    expect(byUid(list, LB).config).toMatchObject({
      accessLogsEnabled: false,
      dropInvalidHeaderFields: false,
    });
  });

  it('reads an HTTPS listener policy and forward action', () => {
    const l = list.find((a) => a.type === 'aws.elbv2.listener');
    expect(l?.config).toMatchObject({
      protocol: 'HTTPS',
      sslPolicy: 'ELBSecurityPolicy-2016-08',
      defaultActions: [
        {
          type: 'forward',
          targetGroupArn: `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:targetgroup/shop-web/73e2d6bc24d8a067`,
        },
      ],
    });
  });

  it('leaves the settings an early EKS record lacks unknown, never defaulted', () => {
    const eks = byUid(list, `arn:aws:eks:${REGION}:${ACCOUNT}:cluster/legacy`);
    for (const field of [
      'endpointPublicAccess',
      'publicAccessCidrs',
      'enabledLogTypes',
      'encryptionConfig',
    ]) {
      expect(isUnknown(eks.config[field]), field).toBe(true);
    }
    expect(eks.config.version).toBe('1.18');
  });
});

describe('aws-config: select-resource-config results', async () => {
  const events = await collect([fixture('select-results.json')]);
  const list = assets(events);

  it('reads rows given as JSON text, with tags as [{key, value}]', () => {
    const snap = byUid(list, `arn:aws:rds:${REGION}:${ACCOUNT}:snapshot:shared-copy`);
    expect(snap.source.format).toBe('aws-config-select');
    expect(snap.tags).toEqual({ Owner: 'dba' });
    expect(snap.config).toMatchObject({
      encrypted: false,
      kmsKeyId: null,
      restoreAttributeValues: ['210987654321', 'all'],
    });
    const sg = byUid(list, ec2('security-group', 'sg-0dddddddddddddddd'));
    expect(sg.tags).toEqual({ NetworkLocation: 'Private' });
    expect(sg.config.groupName).toBe('default');
    const key = byUid(list, `arn:aws:kms:${REGION}:${ACCOUNT}:key/2b2b2b2b-0000-4000-8000-00000000bbbb`);
    expect(key.config.rotationEnabled).toBe(false);
  });

  it('names the row a query result cannot be mapped from (no resourceType selected)', () => {
    expect(diagnostics(events)).toEqual([
      {
        kind: 'diagnostic',
        level: 'error',
        file: fixture('select-results.json'),
        position: 'Results[3]',
        message: 'missing resourceType',
      },
    ]);
  });
});

describe('aws-config: malformed input', () => {
  it('names the file and position of malformed items; the other items still import', async () => {
    const events = await collect([fixture('malformed-item.json')]);
    const file = fixture('malformed-item.json');
    expect(diagnostics(events)).toEqual([
      {
        kind: 'diagnostic',
        level: 'error',
        file,
        position: 'configurationItems[1]',
        message: 'missing resourceType',
      },
      {
        kind: 'diagnostic',
        level: 'error',
        file,
        position: 'configurationItems[2]',
        message: 'AWS::EC2::Volume vol-0aaaaaaaaaaaaaaa3: configuration is not an object',
      },
      {
        kind: 'diagnostic',
        level: 'error',
        file,
        position: 'configurationItems[3]',
        message: 'a configuration item must be a JSON object',
      },
    ]);
    const vpcs = candidates(events).filter((c) => c.type === 'aws.ec2.vpc');
    expect(vpcs.map((c) => c.candidate.uid)).toEqual([
      ec2('vpc', 'vpc-0aaaaaaaaaaaaaaa1'),
      ec2('vpc', 'vpc-0aaaaaaaaaaaaaaa4'),
    ]);
  });

  it('turns a field of the wrong type into unknown with a warning, keeping the rest of the asset', async () => {
    const events = await collect([fixture('malformed-item.json')]);
    const c = candidates(events).find((e) => e.candidate.uid === ec2('vpc', 'vpc-0aaaaaaaaaaaaaaa4'));
    if (!c) throw new Error('missing vpc-…4');
    const def = assetTypeDef(c.type);
    if (!def) throw new Error('no def');
    const { asset, warnings } = buildAsset(def, c.candidate);
    expect(isUnknown(asset.config.isDefault)).toBe(true);
    expect(asset.config.cidrBlock).toBe('10.4.0.0/16');
    expect(warnings).toEqual([expect.stringContaining('config.isDefault')]);
  });

  it('reports a syntax error in one item by index and line, and imports the others (whole-file read)', async () => {
    const events = await collect([fixture('malformed-syntax.json')]);
    const diags = diagnostics(events);
    expect(diags).toHaveLength(1);
    expect(diags[0]).toMatchObject({
      level: 'error',
      file: fixture('malformed-syntax.json'),
      position: '[1] (line 11)',
    });
    expect(diags[0]?.message).toContain('not valid JSON');
    expect(
      candidates(events)
        .filter((c) => c.type === 'aws.ec2.vpc')
        .map((c) => c.candidate.name),
    ).toEqual(['vpc-0bbbbbbbbbbbbbbb1', 'vpc-0bbbbbbbbbbbbbbb3']);
  });

  it('does the same when the file is streamed', async () => {
    const events = await collect([fixture('malformed-syntax.json')], 0);
    expect(diagnostics(events).map((d) => d.position)).toEqual(['[1] (line 11)']);
    expect(candidates(events).filter((c) => c.type === 'aws.ec2.vpc')).toHaveLength(2);
  });

  it('imports what a truncated file holds before the cut, then says it is truncated', async () => {
    for (const threshold of [undefined, 0]) {
      const events = await collect([fixture('truncated.json')], threshold);
      expect(
        candidates(events)
          .filter((c) => c.type === 'aws.ec2.vpc')
          .map((c) => c.candidate.name),
      ).toEqual(['vpc-0ccccccccccccccc1', 'vpc-0ccccccccccccccc2']);
      const diags = diagnostics(events);
      expect(diags).toHaveLength(1);
      expect(diags[0]).toMatchObject({
        level: 'error',
        file: fixture('truncated.json'),
        position: 'line 48',
      });
      expect(diags[0]?.message).toMatch(/truncated/);
    }
  });

  it('goes on with the other files when one is malformed', async () => {
    const events = await collect([fixture('truncated.json'), fixture('select-results.json')]);
    expect(candidates(events).some((c) => c.type === 'aws.rds.db-snapshot')).toBe(true);
  });
});

describe('aws-config: hostile strings pass through as data', async () => {
  const events = await collect([fixture('hostile.json')]);
  const list = assets(events, false);
  const sg = byUid(list, ec2('security-group', 'sg-0hostile00000001'));

  it('keeps HTML and ANSI escapes verbatim in names, tags and config', () => {
    expect(sg.name).toBe('<script>alert(1)</script>');
    expect(sg.config.groupName).toBe('<script>alert(1)</script>');
    expect(sg.config.description).toBe('\u001b[2J\u001b[Hcleared your terminal\r\nfake: line');
    expect(sg.tags.Owner).toBe('\u001b[31mred-team\u001b[0m');
    expect(sg.tags.constructor).toBe('<img src=x onerror=alert(1)>');
  });

  it('keeps a __proto__ tag key as a plain key and pollutes no prototype', () => {
    expect(Object.hasOwn(sg.tags, '__proto__')).toBe(true);
    expect(Object.getOwnPropertyDescriptor(sg.tags, '__proto__')?.value).toBe('polluted');
    expect(Object.getPrototypeOf(sg.tags)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('cuts an oversized tag value down with a warning, and keeps template-looking text as text', () => {
    const bucketEvent = candidates(events).find((c) => c.type === 'aws.s3.bucket');
    if (!bucketEvent) throw new Error('no bucket');
    const def = assetTypeDef('aws.s3.bucket');
    if (!def) throw new Error('no def');
    const { asset, warnings } = buildAsset(def, bucketEvent.candidate);
    expect(asset.tags.Description?.length).toBeLessThan(5000);
    expect(warnings).toEqual([expect.stringContaining('tag Description is 5000 characters')]);
    expect(asset.tags["'; DROP TABLE assets; --"]).toBe('{{name}} ${process.env.HOME}');
  });
});

describe('aws-config: sniffing', () => {
  const info = (head: string) => ({ path: 'x', display: 'x', size: head.length, head, gzip: false });

  it('recognises each shape from content, not the file name', () => {
    expect(detectFormat(info('{"fileVersion":"1.0","configurationItems":['), [awsConfigFormat])).toBe(
      awsConfigFormat,
    );
    expect(detectFormat(info('{"configurationItems": [{"accountId": "1"'), [awsConfigFormat])).toBe(
      awsConfigFormat,
    );
    expect(detectFormat(info('{"Results": ["{}"], "QueryInfo": {}}'), [awsConfigFormat])).toBe(
      awsConfigFormat,
    );
    expect(detectFormat(info('[{"resourceType": "AWS::EC2::VPC", "arn": "x"}]'), [awsConfigFormat])).toBe(
      awsConfigFormat,
    );
    expect(detectFormat(info('{"resourceType": "AWS::EC2::VPC", "accountId": "1"}'), [awsConfigFormat])).toBe(
      awsConfigFormat,
    );
  });

  it('does not claim other JSON', () => {
    expect(detectFormat(info('{"data": [], "count": 0}'), [awsConfigFormat])).toBeUndefined();
    expect(detectFormat(info('[{"name": "//storage.googleapis.com/b"}]'), [awsConfigFormat])).toBeUndefined();
  });
});
