import { describe, expect, it } from 'vitest';
import { assetToRecord, structToJson, timestampToIso } from './asset-json.js';

describe('client-library assets back to CAI REST JSON', () => {
  it('turns a Struct into plain JSON, keeping hostile keys as plain keys', () => {
    const s = {
      fields: {
        n: { numberValue: 3, kind: 'numberValue' },
        on: { boolValue: false, kind: 'boolValue' },
        list: { listValue: { values: [{ stringValue: 'a' }, { nullValue: 'NULL_VALUE' }] } },
        __proto__: { stringValue: 'x' },
        nested: { structValue: { fields: { deep: { stringValue: 'y' } } } },
      },
    };
    const out = structToJson(s);
    expect(out.n).toBe(3);
    expect(out.on).toBe(false);
    expect(out.list).toEqual(['a', null]);
    expect(out.nested).toEqual({ deep: 'y' });
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
  });

  it('turns timestamps into ISO text', () => {
    expect(timestampToIso({ seconds: '1767225600', nanos: 500_000_000 })).toBe('2026-01-01T00:00:00.500Z');
    expect(timestampToIso(null)).toBeUndefined();
  });

  it('keeps name, type, ancestors, parent, location, data and the policy (conditions included)', () => {
    const rec = assetToRecord({
      name: '//storage.googleapis.com/b',
      assetType: 'storage.googleapis.com/Bucket',
      ancestors: ['projects/1', 'organizations/2'],
      updateTime: { seconds: 0, nanos: 0 },
      resource: {
        version: 'v1',
        parent: '//cloudresourcemanager.googleapis.com/projects/1',
        location: 'us',
        data: { fields: {} },
      },
      iamPolicy: {
        bindings: [
          {
            role: 'roles/viewer',
            members: ['allUsers'],
            condition: { expression: 'true', title: 't', description: '' },
          },
        ],
        auditConfigs: [],
        etag: Buffer.from(''),
      },
    });
    expect(rec).toEqual({
      name: '//storage.googleapis.com/b',
      assetType: 'storage.googleapis.com/Bucket',
      ancestors: ['projects/1', 'organizations/2'],
      updateTime: '1970-01-01T00:00:00.000Z',
      resource: {
        version: 'v1',
        parent: '//cloudresourcemanager.googleapis.com/projects/1',
        location: 'us',
        data: {},
      },
      iamPolicy: {
        bindings: [
          { role: 'roles/viewer', members: ['allUsers'], condition: { expression: 'true', title: 't' } },
        ],
      },
    });
  });
});
