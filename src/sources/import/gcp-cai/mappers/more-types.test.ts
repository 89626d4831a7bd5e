/** CAI records of KMS keys, DNS zones, BigQuery, disks, Compute project metadata, Dataproc and API keys, through the importer. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importPaths } from '../../index.js';
import type { CandidateEvent, ImportEvent } from '../../types.js';
import { gcpCaiFormat } from '../format.js';

const P = '//cloudresourcemanager.googleapis.com/projects/111';
const ANC = ['projects/111', 'organizations/9'];
const RESOURCES: unknown[] = [
  {
    name: P,
    asset_type: 'cloudresourcemanager.googleapis.com/Project',
    resource: {
      data: { projectId: 'acme-prod', projectNumber: '111', lifecycleState: 'ACTIVE' },
      parent: '//cloudresourcemanager.googleapis.com/organizations/9',
    },
    ancestors: ANC,
  },
  {
    name: '//cloudkms.googleapis.com/projects/acme-prod/locations/us-east1/keyRings/r/cryptoKeys/k',
    asset_type: 'cloudkms.googleapis.com/CryptoKey',
    resource: {
      data: {
        purpose: 'ENCRYPT_DECRYPT',
        rotationPeriod: '2592000s',
        nextRotationTime: '2026-12-01T00:00:00Z',
        primary: { state: 'ENABLED' },
      },
    },
    ancestors: ANC,
  },
  {
    name: '//dns.googleapis.com/projects/111/managedZones/pub',
    asset_type: 'dns.googleapis.com/ManagedZone',
    resource: {
      parent: P,
      data: {
        name: 'pub',
        dnsName: 'acme.example.',
        visibility: 'public',
        dnssecConfig: { state: 'on', defaultKeySpecs: [{ keyType: 'keySigning', algorithm: 'rsasha1' }] },
      },
    },
    ancestors: ANC,
  },
  {
    name: '//bigquery.googleapis.com/projects/acme-prod/datasets/sales',
    asset_type: 'bigquery.googleapis.com/Dataset',
    resource: {
      data: {
        datasetReference: { datasetId: 'sales', projectId: 'acme-prod' },
        access: [
          { role: 'READER', specialGroup: 'allAuthenticatedUsers' },
          { role: 'OWNER', userByEmail: 'a@acme.example' },
          { role: 'READER', iamMember: 'allUsers' },
        ],
      },
      location: 'US',
    },
    ancestors: ANC,
  },
  {
    name: '//bigquery.googleapis.com/projects/acme-prod/datasets/sales/tables/orders',
    asset_type: 'bigquery.googleapis.com/Table',
    resource: {
      data: {
        tableReference: { datasetId: 'sales', tableId: 'orders' },
        encryptionConfiguration: { kmsKeyName: 'projects/acme-prod/locations/us/keyRings/r/cryptoKeys/bq' },
      },
    },
    ancestors: ANC,
  },
  {
    name: '//compute.googleapis.com/projects/acme-prod/zones/us-east1-b/disks/web-1',
    asset_type: 'compute.googleapis.com/Disk',
    resource: {
      data: {
        name: 'web-1',
        diskEncryptionKey: { sha256: 'abc=' },
        users: ['https://www.googleapis.com/compute/v1/projects/acme-prod/zones/us-east1-b/instances/web-1'],
      },
    },
    ancestors: ANC,
  },
  {
    name: '//compute.googleapis.com/projects/acme-prod',
    asset_type: 'compute.googleapis.com/Project',
    resource: {
      data: {
        name: 'acme-prod',
        commonInstanceMetadata: { items: [{ key: 'enable-oslogin', value: 'TRUE' }] },
      },
    },
    ancestors: ANC,
  },
  {
    name: '//dataproc.googleapis.com/projects/acme-prod/regions/us-east1/clusters/etl',
    asset_type: 'dataproc.googleapis.com/Cluster',
    resource: { data: { clusterName: 'etl', config: { encryptionConfig: {} } } },
    ancestors: ANC,
  },
  {
    name: '//apikeys.googleapis.com/projects/111/locations/global/keys/abc',
    asset_type: 'apikeys.googleapis.com/Key',
    resource: {
      parent: P,
      data: {
        displayName: 'maps-web',
        createTime: '2026-01-01T00:00:00Z',
        restrictions: { apiTargets: [{ service: 'maps.googleapis.com' }], browserKeyRestrictions: {} },
      },
    },
    ancestors: ANC,
  },
];
RESOURCES.push({
  name: '//cloudresourcemanager.googleapis.com/organizations/9',
  asset_type: 'cloudresourcemanager.googleapis.com/Organization',
  resource: { data: { displayName: 'acme.example', lifecycleState: 'ACTIVE' } },
  ancestors: ['organizations/9'],
});
RESOURCES.push(
  {
    name: '//logging.googleapis.com/organizations/9/sinks/all',
    asset_type: 'logging.googleapis.com/LogSink',
    resource: {
      data: { name: 'all', destination: 'storage.googleapis.com/acme-audit', includeChildren: true },
    },
    ancestors: ['organizations/9'],
  },
  {
    name: '//serviceusage.googleapis.com/projects/111/services/cloudasset.googleapis.com',
    asset_type: 'serviceusage.googleapis.com/Service',
    resource: {
      data: { name: 'cloudasset.googleapis.com', parent: 'projects/111', state: 'ENABLED' },
      parent: P,
    },
    ancestors: ANC,
  },
  {
    name: '//compute.googleapis.com/projects/acme-prod/global/backendServices/web',
    asset_type: 'compute.googleapis.com/BackendService',
    resource: { data: { name: 'web', protocol: 'HTTPS', logConfig: { enable: true } } },
    ancestors: ANC,
  },
);
const POLICIES = [
  {
    name: '//cloudresourcemanager.googleapis.com/organizations/9',
    asset_type: 'cloudresourcemanager.googleapis.com/Organization',
    iam_policy: {
      bindings: [{ role: 'roles/viewer', members: ['allUsers'] }],
      audit_configs: [{ service: 'allServices', audit_log_configs: [{ log_type: 1 }] }],
    },
    ancestors: ['organizations/9'],
  },
  {
    name: '//cloudkms.googleapis.com/projects/acme-prod/locations/us-east1/keyRings/r/cryptoKeys/k',
    asset_type: 'cloudkms.googleapis.com/CryptoKey',
    iam_policy: { bindings: [{ role: 'roles/cloudkms.cryptoKeyDecrypter', members: ['allUsers'] }] },
    ancestors: ANC,
  },
];

let events: ImportEvent[];
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parapet-cai-more-'));
  writeFileSync(join(dir, 'resource.jsonl'), RESOURCES.map((r) => JSON.stringify(r)).join('\n') + '\n');
  writeFileSync(join(dir, 'iam-policy.jsonl'), POLICIES.map((r) => JSON.stringify(r)).join('\n') + '\n');
  events = [];
  for await (const ev of importPaths([dir], { formats: [gcpCaiFormat] })) events.push(ev);
});

function candidate(type: string, policy = false): CandidateEvent['candidate'] {
  const found = events.filter(
    (e): e is CandidateEvent =>
      e.kind === 'candidate' && e.type === type && e.candidate.source.file?.includes('iam-policy') === policy,
  );
  expect(found, type).toHaveLength(1);
  return found[0]!.candidate;
}

describe('CAI mappers for the resource hierarchy', () => {
  it('gives projects child-of relations to their ancestors and maps the organisation with its policy', () => {
    expect(candidate('gcp.resourcemanager.project').relations).toEqual([
      { kind: 'child-of', target: '//cloudresourcemanager.googleapis.com/organizations/9' },
    ]);
    const org = candidate('gcp.resourcemanager.organization');
    expect(org).toMatchObject({ name: 'acme.example', account: 'organizations/9', relations: [] });
    const policy = candidate('gcp.resourcemanager.organization', true);
    expect(policy.config).toMatchObject({
      iamBindings: [{ role: 'roles/viewer', members: ['allUsers'], condition: null }],
      auditConfigs: [
        { service: 'allServices', auditLogConfigs: [{ logType: 'ADMIN_READ', exemptedMembers: [] }] },
      ],
    });
  });
});

describe('CAI mappers for sinks, services and backend services', () => {
  it('accounts an organisation sink to the organisation, and reads services by name', () => {
    expect(candidate('gcp.logging.sink')).toMatchObject({
      account: 'organizations/9',
      config: {
        destination: 'storage.googleapis.com/acme-audit',
        filter: '',
        includeChildren: true,
        disabled: false,
      },
    });
    expect(candidate('gcp.serviceusage.service')).toMatchObject({
      name: 'cloudasset.googleapis.com',
      account: 'acme-prod',
      config: { state: 'ENABLED' },
    });
    expect(candidate('gcp.compute.backend-service').config).toEqual({
      protocol: 'HTTPS',
      loadBalancingScheme: 'EXTERNAL',
      loggingEnabled: true,
    });
  });
});

describe('CAI mappers for KMS, DNS zones, BigQuery, disks, Compute project, Dataproc and API keys', () => {
  it('reads no diagnostics', () => {
    expect(events.filter((e) => e.kind === 'diagnostic')).toEqual([]);
  });

  it('maps a crypto key (rotation in seconds) and joins its IAM policy by name', () => {
    expect(candidate('gcp.kms.crypto-key').config).toMatchObject({
      purpose: 'ENCRYPT_DECRYPT',
      rotationPeriodSeconds: 2592000,
      primaryState: 'ENABLED',
      iamBindings: { $unknown: expect.stringContaining('iam-policy') as unknown },
    });
    const policy = candidate('gcp.kms.crypto-key', true);
    expect(policy.config.iamBindings).toEqual([
      { role: 'roles/cloudkms.cryptoKeyDecrypter', members: ['allUsers'], condition: null },
    ]);
    expect(policy.account).toBe('acme-prod');
  });

  it('normalises Cloud DNS v1 enum spellings', () => {
    const zone = candidate('gcp.dns.managed-zone');
    expect(zone.account).toBe('acme-prod');
    expect(zone.config).toEqual({
      dnsName: 'acme.example.',
      visibility: 'PUBLIC',
      dnssecState: 'on',
      dnssecKeySpecs: [{ keyType: 'KEY_SIGNING', algorithm: 'RSASHA1' }],
    });
  });

  it('turns dataset access entries into members', () => {
    const ds = candidate('gcp.bigquery.dataset');
    expect(ds.name).toBe('sales');
    expect(ds.config.access).toEqual([
      { role: 'READER', member: 'allAuthenticatedUsers' },
      { role: 'OWNER', member: 'user:a@acme.example' },
      { role: 'READER', member: 'allUsers' },
    ]);
    expect(ds.config.defaultKmsKeyName).toBeNull();
    expect(candidate('gcp.bigquery.table')).toMatchObject({
      name: 'sales.orders',
      config: { tableType: 'TABLE' },
    });
  });

  it('reads CSEK from the key hash, project metadata, Dataproc CMEK and API key restrictions', () => {
    expect(candidate('gcp.compute.disk').config).toEqual({
      customerSuppliedKey: true,
      kmsKeyName: null,
      users: ['//compute.googleapis.com/projects/acme-prod/zones/us-east1-b/instances/web-1'],
    });
    expect(candidate('gcp.compute.project').config).toEqual({
      osLoginEnabled: true,
      serialPortEnabled: null,
    });
    expect(candidate('gcp.dataproc.cluster')).toMatchObject({ name: 'etl', config: { kmsKeyName: null } });
    expect(candidate('gcp.apikeys.key')).toMatchObject({
      name: 'maps-web',
      account: 'acme-prod',
      config: {
        createTime: '2026-01-01T00:00:00Z',
        apiTargets: ['maps.googleapis.com'],
        applicationRestriction: 'browser',
      },
    });
  });
});
