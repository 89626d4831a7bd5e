/** The shipped compliance catalogs: official id notation, all three clouds mapped, NIST's AWS side derived from FSBP. */
import { describe, expect, it } from 'vitest';
import { ComplianceIndex, loadCatalogDir } from './catalog.js';

const frameworks = loadCatalogDir();
const byId = new Map(frameworks.map((f) => [f.id, f]));
const COMPLIANCE = ['nist-800-53-r5', 'soc2', 'hipaa', 'pci-dss-4.0', 'gdpr'];
const NOTATION: Record<string, RegExp> = {
  'nist-800-53-r5': /^[A-Z]{2}-\d+(\(\d+\))?$/,
  soc2: /^(CC\d|A1|C1|PI1)\.\d+$/,
  hipaa: /^164\.3\d\d(\([a-z]\))(\(\d+\))?(\([ivx]+\))?(\([A-Z]\))?$/,
  'pci-dss-4.0': /^(A\d|\d+)\.\d+\.\d+$/,
  gdpr: /^Art\.\d+(\(\d+\)(\([a-z]\))?)?$/,
};

describe('compliance catalogs', () => {
  it.each(COMPLIANCE)('%s uses the official requirement notation', (id) => {
    const fw = byId.get(id)!;
    expect(fw).toBeDefined();
    for (const r of fw.requirements) expect(r.id).toMatch(NOTATION[id]!);
  });

  it.each(COMPLIANCE)('%s maps requirements to rules for AWS, Azure and GCP', (id) => {
    const rules = [...new ComplianceIndex(frameworks).rulesOf(id)];
    for (const p of ['aws', 'azure', 'gcp'])
      expect(
        rules.some((r) => r.startsWith(`${p}-`)),
        p,
      ).toBe(true);
  });

  it('keeps requirements configuration cannot show as manual, visible in the catalog', () => {
    const hipaa = byId.get('hipaa')!;
    const manual = hipaa.requirements.filter((r) => r.assessment === 'manual').map((r) => r.id);
    expect(manual).toContain('164.308(a)(6)(i)');
    expect(manual).toContain('164.310(a)(1)');
  });

  it('maps GDPR 5(1)(f), 25, 32 and 33 on every cloud', () => {
    const gdpr = byId.get('gdpr')!;
    for (const id of ['Art.5(1)(f)', 'Art.25', 'Art.32', 'Art.33']) {
      const req = gdpr.requirements.find((r) => r.id === id)!;
      expect(req, id).toBeDefined();
      const providers = new Set(req.rules.map((r) => r.split('-')[0]));
      expect([...providers].sort(), id).toEqual(['aws', 'azure', 'gcp']);
    }
  });

  it('derives the NIST AWS side from the FSBP requirements it includes', () => {
    const nist = byId.get('nist-800-53-r5')!;
    const fsbp = byId.get('aws-fsbp')!;
    const withIncludes = nist.requirements.filter((r) => r.includes?.['aws-fsbp']);
    expect(withIncludes.length).toBeGreaterThan(50);
    for (const req of withIncludes) {
      const expected = new Set(req.ownRules ?? []);
      for (const fid of req.includes!['aws-fsbp']!)
        for (const rule of fsbp.requirements.find((r) => r.id === fid)!.rules) expected.add(rule);
      expect(new Set(req.rules)).toEqual(expected);
      // The file lists no AWS rules of its own: they come only through FSBP.
      expect((req.ownRules ?? []).filter((r) => r.startsWith('aws-'))).toEqual([]);
    }
    const sc28 = nist.requirements.find((r) => r.id === 'SC-28(1)')!;
    expect(sc28.includes!['aws-fsbp']).toContain('RDS.3');
    expect(sc28.rules).toContain('aws-rds-instance-storage-encrypted');
  });

  it('puts the derived NIST requirements on findings through the reverse index', () => {
    const idx = new ComplianceIndex(frameworks);
    expect(idx.forRule('aws-rds-instance-storage-encrypted')['nist-800-53-r5']).toContain('SC-28(1)');
    expect(idx.forRule('gcp-sql-instance-ssl-required')['nist-800-53-r5']).toContain('SC-8(1)');
  });
});
