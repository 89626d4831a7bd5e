import { describe, expect, it } from 'vitest';
import { CatalogError } from '../model/errors.js';
import { ComplianceIndex, loadCatalogDir, parseCatalog } from './catalog.js';

const valid = {
  id: 'my-fw',
  name: 'Mine',
  version: '1',
  providers: ['aws'],
  requirements: [
    {
      id: 'A.1',
      section: 'A',
      title: 'Buckets are private',
      assessment: 'automated',
      rules: ['aws-s3-bucket-not-public'],
    },
    { id: 'A.2', section: 'A', title: 'People are trained', assessment: 'manual', rules: [] },
  ],
};

describe('framework catalogs', () => {
  it('ships the built-in catalogs with the contract ids', () => {
    const ids = loadCatalogDir().map((f) => f.id);
    for (const id of ['aws-fsbp', 'cis-aws-7.0', 'cis-azure-6.0', 'cis-gcp-5.0']) expect(ids).toContain(id);
  });

  it('derives the reverse index from requirement → rules', () => {
    const idx = new ComplianceIndex([parseCatalog(JSON.stringify(valid), 'x.json')]);
    expect(idx.forRule('aws-s3-bucket-not-public')).toEqual({ 'my-fw': ['A.1'] });
    expect(idx.forRule('nothing')).toEqual({});
    expect([...idx.rulesOf('my-fw')]).toEqual(['aws-s3-bucket-not-public']);
  });

  it('rejects invalid catalogs with the file and the path of the problem', () => {
    expect(() => parseCatalog('{', 'bad.json')).toThrow(/bad\.json: not valid JSON/);
    const dup = { ...valid, requirements: [valid.requirements[0], valid.requirements[0]] };
    expect(() => parseCatalog(JSON.stringify(dup), 'dup.json')).toThrow(
      /dup\.json: .*duplicate requirement id A\.1/,
    );
    const manualWithRules = { ...valid, requirements: [{ ...valid.requirements[1], rules: ['aws-x-y'] }] };
    expect(() => parseCatalog(JSON.stringify(manualWithRules), 'm.json')).toThrow(CatalogError);
    expect(() => parseCatalog(JSON.stringify({ ...valid, id: 'Bad Id' }), 'i.json')).toThrow(/i\.json: .*id/);
  });
});
