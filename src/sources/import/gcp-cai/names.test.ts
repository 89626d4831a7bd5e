import { describe, expect, it } from 'vitest';
import {
  computeUid,
  crmProjectOf,
  lastSegment,
  regionFromName,
  regionOfLocation,
  withProject,
} from './names.js';
import { ProjectDirectory } from './projects.js';
import { normaliseRecord } from './record.js';

describe('GCP names', () => {
  it('turns every Compute reference form into the CAI full resource name', () => {
    const uid = '//compute.googleapis.com/projects/p/global/networks/default';
    for (const ref of [
      'https://www.googleapis.com/compute/v1/projects/p/global/networks/default',
      'https://compute.googleapis.com/compute/beta/projects/p/global/networks/default/',
      'projects/p/global/networks/default',
      'global/networks/default',
      'default',
      uid,
    ])
      expect(computeUid(ref, 'p', 'global/networks'), ref).toBe(uid);
    expect(computeUid('', 'p', 'global/networks')).toBeUndefined();
  });

  it('reads regions from zones, regions and locations', () => {
    expect(regionOfLocation('us-east1-c')).toBe('us-east1');
    expect(regionOfLocation('US-CENTRAL1')).toBe('us-central1');
    expect(regionOfLocation('EU')).toBe('eu');
    expect(regionFromName('//compute.googleapis.com/projects/p/zones/europe-west1-b/instances/i')).toBe(
      'europe-west1',
    );
    expect(regionFromName('//container.googleapis.com/projects/p/locations/us-east1/clusters/c')).toBe(
      'us-east1',
    );
    expect(regionFromName('//storage.googleapis.com/b')).toBeUndefined();
  });

  it('reads project references', () => {
    expect(crmProjectOf('//cloudresourcemanager.googleapis.com/projects/123')).toBe('123');
    expect(crmProjectOf('//cloudresourcemanager.googleapis.com/organizations/1')).toBeUndefined();
    expect(lastSegment('//iam.googleapis.com/projects/p/serviceAccounts/a@b/keys/k1')).toBe('k1');
    expect(withProject('//compute.googleapis.com/projects/123/global/networks/n', 'p')).toBe(
      '//compute.googleapis.com/projects/p/global/networks/n',
    );
  });
});

describe('ProjectDirectory', () => {
  it('learns numbers from v1 and v3 Project records and maps them', () => {
    const dir = new ProjectDirectory();
    const v1 = normaliseRecord({
      name: '//cloudresourcemanager.googleapis.com/projects/111',
      asset_type: 'cloudresourcemanager.googleapis.com/Project',
      resource: { data: { projectId: 'one', projectNumber: 111 } },
    });
    const v3 = normaliseRecord({
      name: '//cloudresourcemanager.googleapis.com/projects/222',
      assetType: 'cloudresourcemanager.googleapis.com/Project',
      resource: { data: { projectId: 'two', name: 'projects/222', state: 'ACTIVE' } },
    });
    if (typeof v1 === 'string' || typeof v3 === 'string') throw new Error('fixture');
    dir.learn(v1);
    dir.learn(v3);
    expect([dir.account('111'), dir.account('222'), dir.account('one')]).toEqual(['one', 'two', 'one']);
    expect(dir.takeWarning()).toBeUndefined();
    expect(dir.account('333')).toBe('projects/333');
    expect(dir.takeWarning()).toContain('333');
    expect(dir.account('444')).toBe('projects/444');
    expect(dir.takeWarning()).toBeUndefined(); // said once
  });

  it('rejects records without name or type, naming what is missing', () => {
    expect(normaliseRecord([])).toBe('a CAI record must be a JSON object');
    expect(normaliseRecord({ asset_type: 'x' })).toMatch(/missing name/);
    expect(normaliseRecord({ name: '//x/y' })).toBe('//x/y: missing assetType/asset_type');
    expect(normaliseRecord({ name: '//x/y', assetType: 't', iamPolicy: 'no' })).toBe(
      '//x/y: iamPolicy is not an object',
    );
  });
});
