import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CatalogError } from '../model/errors.js';
import { ComplianceIndex, loadCatalogDir, loadFrameworks, parseCatalog, resolveIncludes } from './catalog.js';

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
    for (const id of [
      'aws-fsbp',
      'cis-aws-7.0',
      'cis-azure-6.0',
      'cis-gcp-5.0',
      'nist-800-53-r5',
      'soc2',
      'hipaa',
      'pci-dss-4.0',
      'gdpr',
    ])
      expect(ids).toContain(id);
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

describe('includes and user framework files', () => {
  const base = parseCatalog(JSON.stringify(valid), 'base.json');
  const user = (requirements: unknown[], id = 'user-fw') => ({
    id,
    name: 'User',
    version: '1',
    providers: ['aws'],
    requirements,
  });

  it('resolves a requirement that includes another catalog requirement, transitively', () => {
    const mid = parseCatalog(
      JSON.stringify(
        user(
          [
            {
              id: 'M.1',
              section: 'M',
              title: 't',
              assessment: 'automated',
              rules: [],
              includes: { 'my-fw': ['A.1'] },
            },
          ],
          'mid',
        ),
      ),
      'mid.json',
    );
    const top = parseCatalog(
      JSON.stringify(
        user(
          [
            {
              id: 'T.1',
              section: 'T',
              title: 't',
              assessment: 'automated',
              rules: ['aws-x-y'],
              includes: { mid: ['M.1'] },
            },
          ],
          'top',
        ),
      ),
      'top.json',
    );
    const [, , t] = resolveIncludes([base, mid, top]);
    expect(t!.requirements[0]!.rules.sort()).toEqual(['aws-s3-bucket-not-public', 'aws-x-y']);
    expect(t!.requirements[0]!.ownRules).toEqual(['aws-x-y']);
    expect(
      new ComplianceIndex(resolveIncludes([base, mid, top])).forRule('aws-s3-bucket-not-public'),
    ).toEqual({
      'my-fw': ['A.1'],
      mid: ['M.1'],
      top: ['T.1'],
    });
  });

  it('names the file and path of a reference that does not resolve, and of a cycle', () => {
    const bad = (includes: Record<string, string[]>) => ({
      ...parseCatalog(
        JSON.stringify(
          user([{ id: 'U.1', section: 'U', title: 't', assessment: 'automated', rules: [], includes }]),
        ),
        'u.json',
      ),
      file: 'u.json',
    });
    expect(() => resolveIncludes([base, bad({ nope: ['A.1'] })])).toThrow(
      /u\.json: requirements\.0\.includes\.nope: no framework "nope"/,
    );
    expect(() => resolveIncludes([base, bad({ 'my-fw': ['Z.9'] })])).toThrow(
      /my-fw has no requirement "Z\.9"/,
    );
    expect(() => resolveIncludes([bad({ 'user-fw': ['U.1'] })])).toThrow(/includes itself/);
    const manual = user([
      {
        id: 'U.1',
        section: 'U',
        title: 't',
        assessment: 'manual',
        rules: [],
        includes: { 'my-fw': ['A.1'] },
      },
    ]);
    expect(() => parseCatalog(JSON.stringify(manual), 'm.json')).toThrow(
      /m\.json: .*requirements\.0\.includes/,
    );
  });

  it('loads a user file beside the built-in catalogs, and refuses one that reuses a built-in id', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parapet-fw-'));
    const file = join(dir, 'mine.json');
    writeFileSync(
      file,
      JSON.stringify(
        user([
          {
            id: 'U.1',
            section: 'U',
            title: 't',
            assessment: 'automated',
            rules: [],
            includes: { hipaa: ['164.312(a)(2)(iv)'] },
          },
        ]),
      ),
    );
    const all = loadFrameworks({ files: [file] });
    const mine = all.find((f) => f.id === 'user-fw')!;
    expect(mine.file).toBe(file);
    expect(mine.requirements[0]!.rules).toContain('aws-rds-instance-storage-encrypted');
    const clash = join(dir, 'clash.json');
    writeFileSync(clash, JSON.stringify({ ...user([valid.requirements[0]]), id: 'hipaa' }));
    expect(() => loadFrameworks({ files: [clash] })).toThrow(
      /clash\.json: id: framework id "hipaa" is already used/,
    );
    expect(() => loadFrameworks({ files: [join(dir, 'missing.json')] })).toThrow(
      /missing\.json: framework file not found/,
    );
    writeFileSync(clash, JSON.stringify({ ...user([{ ...valid.requirements[0], rules: ['Not Kebab'] }]) }));
    expect(() => loadFrameworks({ files: [clash] })).toThrow(
      /clash\.json: invalid framework catalog: requirements\.0\.rules\.0: rule ids are kebab case/,
    );
  });
});
