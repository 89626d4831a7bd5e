/** CAI records of log-based metrics, alert policies and Essential Contacts, through the importer (both spellings). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importPaths } from '../../index.js';
import type { CandidateEvent, ImportEvent } from '../../types.js';
import { gcpCaiFormat } from '../format.js';

const ANC = ['projects/111', 'organizations/9'];
const RECORDS: unknown[] = [
  {
    name: '//cloudresourcemanager.googleapis.com/projects/111',
    assetType: 'cloudresourcemanager.googleapis.com/Project',
    resource: { data: { projectId: 'acme-prod', projectNumber: '111', lifecycleState: 'ACTIVE' } },
    ancestors: ANC,
  },
  {
    name: '//logging.googleapis.com/projects/acme-prod/metrics/iam%2Fowner-changes',
    asset_type: 'logging.googleapis.com/LogMetric',
    resource: {
      data: {
        name: 'iam/owner-changes',
        filter: 'protoPayload.methodName="SetIamPolicy"',
        metricDescriptor: { type: 'logging.googleapis.com/user/iam/owner-changes', metricKind: 'DELTA' },
      },
    },
    ancestors: ANC,
  },
  {
    name: '//logging.googleapis.com/projects/acme-prod/metrics/old',
    assetType: 'logging.googleapis.com/LogMetric',
    resource: { data: { disabled: true } },
    ancestors: ANC,
  },
  {
    name: '//monitoring.googleapis.com/projects/acme-prod/alertPolicies/42',
    assetType: 'monitoring.googleapis.com/AlertPolicy',
    resource: {
      data: {
        name: 'projects/acme-prod/alertPolicies/42',
        displayName: 'Owner changes',
        enabled: true,
        notificationChannels: ['projects/acme-prod/notificationChannels/7'],
        conditions: [
          {
            displayName: 'c1',
            conditionThreshold: { filter: 'metric.type="logging.googleapis.com/user/x"' },
          },
          {
            displayName: 'c2',
            conditionPrometheusQueryLanguage: { query: 'logging_googleapis_com:user_x > 0' },
          },
          { displayName: 'c3', conditionMatchedLog: { filter: 'severity>=ERROR' } },
          { displayName: 'c4', conditionSomethingNew: {} },
        ],
      },
    },
    ancestors: ANC,
  },
  {
    name: '//monitoring.googleapis.com/projects/acme-prod/alertPolicies/43',
    assetType: 'monitoring.googleapis.com/AlertPolicy',
    resource: { data: { displayName: 'Unset' } },
    ancestors: ANC,
  },
  {
    name: '//essentialcontacts.googleapis.com/organizations/9/contacts/5',
    assetType: 'essentialcontacts.googleapis.com/Contact',
    resource: {
      data: {
        name: 'organizations/9/contacts/5',
        email: 'security@acme.example',
        notificationCategorySubscriptions: ['SECURITY', 'TECHNICAL'],
        validationState: 'VALID',
      },
    },
    ancestors: ['organizations/9'],
  },
];

let events: ImportEvent[] = [];
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parapet-cai-monitoring-'));
  writeFileSync(join(dir, 'resource.jsonl'), RECORDS.map((r) => JSON.stringify(r)).join('\n') + '\n');
  events = [];
  for await (const ev of importPaths([dir], { formats: [gcpCaiFormat] })) events.push(ev);
});

const candidates = (type: string) =>
  events
    .filter((e): e is CandidateEvent => e.kind === 'candidate' && e.type === type)
    .map((e) => e.candidate);

describe('CAI mappers for log metrics, alert policies and Essential Contacts', () => {
  it('maps log metrics with their Monitoring metric type (names with slashes kept whole)', () => {
    const [m, old] = candidates('gcp.logging.metric');
    expect(m).toMatchObject({
      account: 'acme-prod',
      name: 'iam/owner-changes',
      config: {
        filter: 'protoPayload.methodName="SetIamPolicy"',
        disabled: false,
        metricType: 'logging.googleapis.com/user/iam/owner-changes',
      },
    });
    expect(old).toMatchObject({
      name: 'old',
      config: {
        disabled: true,
        metricType: 'logging.googleapis.com/user/old',
        filter: { $unknown: 'the log metric record has no filter' },
      },
    });
  });

  it('maps alert policy conditions of every kind, and leaves an unset enabled state unknown', () => {
    const [p, unset] = candidates('gcp.monitoring.alert-policy');
    expect(p).toMatchObject({
      account: 'acme-prod',
      name: 'Owner changes',
      config: {
        enabled: true,
        notificationChannels: ['projects/acme-prod/notificationChannels/7'],
        conditions: [
          { kind: 'threshold', filter: 'metric.type="logging.googleapis.com/user/x"' },
          { kind: 'promql', filter: 'logging_googleapis_com:user_x > 0' },
          { kind: 'log-match', filter: 'severity>=ERROR' },
          { kind: 'other', filter: '' },
        ],
      },
    });
    expect(unset?.config.enabled).toMatchObject({ $unknown: expect.stringMatching(/enabled/) as unknown });
    expect(unset?.config.conditions).toEqual([]);
  });

  it('accounts an organisation contact to the organisation', () => {
    expect(candidates('gcp.essentialcontacts.contact')).toMatchObject([
      {
        account: 'organizations/9',
        name: 'security@acme.example',
        config: { notificationCategorySubscriptions: ['SECURITY', 'TECHNICAL'], validationState: 'VALID' },
      },
    ]);
  });

  it('reads no diagnostics', () => {
    expect(events.filter((e) => e.kind === 'diagnostic')).toEqual([]);
  });
});
