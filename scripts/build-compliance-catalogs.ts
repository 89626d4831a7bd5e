/**
 * Writes the compliance catalogs `data/frameworks/{nist-800-53-r5,soc2,hipaa,pci-dss-4.0,gdpr}.json`
 * from the requirement lists and themes in `scripts/compliance/`. The NIST AWS side comes from the
 * Security Hub FSBP → NIST 800-53 r5 relation (AWS documentation facts, in
 * `/work/shared/data/frameworks/aws-fsbp-config-rules-2023.json`), written as `includes` of aws-fsbp
 * requirements that the catalog loader resolves, so rules the AWS catalog maps flow into NIST.
 * The output is committed; run `npx tsx scripts/build-compliance-catalogs.ts [shared-data-dir]` to
 * rebuild. Without the shared data the NIST catalog is left as committed (the others are rebuilt).
 *
 * After running: `npx prettier --write data/frameworks`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GDPR, HIPAA, SOC2, type Def, type Mapping } from './compliance/defs.js';
import { NIST_BASE, NIST_ENHANCEMENTS, NIST_FAMILIES } from './compliance/nist.js';
import { PCI } from './compliance/pci.js';
import { THEMES } from './compliance/themes.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'data', 'frameworks');
const shared = process.argv[2] ?? '/work/shared/data/frameworks';

interface Req {
  id: string;
  section: string;
  title: string;
  assessment: 'automated' | 'manual';
  rules: string[];
  includes?: Record<string, string[]>;
}

function rulesOf(mapping: Mapping, keep: (rule: string) => boolean = () => true): string[] {
  if (mapping === 'manual') return [];
  return [...new Set(mapping.flatMap((t) => THEMES[t]))].filter(keep).sort();
}

function fromDefs(defs: readonly Def[]): Req[] {
  return defs.map(([id, section, title, mapping]) => ({
    id,
    section,
    title,
    assessment: mapping === 'manual' ? 'manual' : 'automated',
    rules: rulesOf(mapping),
  }));
}

function write(
  id: string,
  meta: { name: string; version: string; description: string; source: string },
  requirements: Req[],
) {
  const doc = { id, ...meta, providers: ['aws', 'azure', 'gcp'], requirements };
  writeFileSync(join(outDir, `${id}.json`), `${JSON.stringify(doc, null, 2)}\n`);
  console.log(`wrote ${id}: ${requirements.length} requirements`);
}

const PROWLER = 'Prowler compliance data (prowler-cloud/prowler, Apache-2.0, snapshot 2026-08)';

write(
  'hipaa',
  {
    name: 'HIPAA Security Rule',
    version: '45 CFR Part 164 Subpart C',
    description:
      'Administrative, physical and technical safeguards for electronic protected health information (ePHI).',
    source: `Requirement ids and sections from ${PROWLER}, written in the official notation; titles and rule mappings written by Parapet.`,
  },
  fromDefs(HIPAA),
);
write(
  'soc2',
  {
    name: 'SOC 2 Trust Services Criteria',
    version: '2017 (points of focus revised 2022)',
    description:
      'AICPA criteria for security, availability, processing integrity and confidentiality, as examined in SOC 2 reports.',
    source: `Criteria ids from ${PROWLER} (A1.2 added); titles and rule mappings written by Parapet.`,
  },
  fromDefs(SOC2),
);
write(
  'pci-dss-4.0',
  {
    name: 'PCI DSS',
    version: '4.0',
    description:
      'Payment Card Industry Data Security Standard requirements that cloud configuration can show.',
    source: `Requirement ids and sections from ${PROWLER}, collapsed to the standard's own requirement numbers; titles and rule mappings written by Parapet.`,
  },
  fromDefs(PCI),
);
write(
  'gdpr',
  {
    name: 'EU General Data Protection Regulation',
    version: 'Regulation (EU) 2016/679',
    description:
      'The GDPR articles whose security obligations cloud configuration can evidence (5(1)(f), 25, 32, 33), beside the organisational ones kept as manual.',
    source: 'Article ids from the public regulation; titles and rule mappings written by Parapet.',
  },
  fromDefs(GDPR),
);

// ---- NIST 800-53 r5 ----
const fsbpFile = join(shared, 'aws-fsbp-config-rules-2023.json');
const nistFile = join(shared, 'nist-800-53-r5.json');
if (!existsSync(fsbpFile) || !existsSync(nistFile)) {
  console.log(`skipped nist-800-53-r5: ${shared} has no FSBP relation or NIST id list`);
} else {
  const fsbp = JSON.parse(readFileSync(fsbpFile, 'utf8')) as { id: string; related?: string }[];
  const ourFsbp = JSON.parse(readFileSync(join(outDir, 'aws-fsbp.json'), 'utf8')) as {
    requirements: { id: string }[];
  };
  const fsbpIds = new Set(ourFsbp.requirements.map((r) => r.id));
  const includes = new Map<string, Set<string>>();
  for (const control of fsbp) {
    if (!fsbpIds.has(control.id)) continue;
    for (const rel of (control.related ?? '').split(',')) {
      const m = /^NIST\.800-53\.r5 ([A-Z]{2}-\d+(?:\(\d+\))?)$/.exec(rel.trim());
      if (!m) continue;
      const set = includes.get(m[1]!) ?? new Set<string>();
      set.add(control.id);
      includes.set(m[1]!, set);
    }
  }
  const prowler = JSON.parse(readFileSync(nistFile, 'utf8')) as { requirements: { id: string }[] };
  const ids = new Set<string>([...includes.keys(), ...Object.keys(NIST_BASE)]);
  for (const r of prowler.requirements) {
    const [fam, n, enh] = r.id.split('_');
    ids.add(`${fam!.toUpperCase()}-${n}${enh !== undefined && /^\d+$/.test(enh) ? `(${enh})` : ''}`);
  }
  const key = (id: string) => {
    const m = /^([A-Z]{2})-(\d+)(?:\((\d+)\))?$/.exec(id)!;
    return [m[1]!, Number(m[2]), m[3] === undefined ? 0 : Number(m[3])] as const;
  };
  const sorted = [...ids].sort((a, b) => {
    const [fa, na, ea] = key(a);
    const [fb, nb, eb] = key(b);
    return fa.localeCompare(fb) || na - nb || ea - eb;
  });
  const cloudOnly = (rule: string) => !rule.startsWith('aws-');
  const requirements: Req[] = [];
  for (const id of sorted) {
    const [fam] = key(id);
    const base = id.replace(/\(.*$/, '');
    const baseDef = NIST_BASE[base];
    if (!baseDef) throw new Error(`no title for NIST base control ${base} (needed by ${id})`);
    const enh = NIST_ENHANCEMENTS[id];
    const enhNo = /\((\d+)\)/.exec(id)?.[1];
    const title = enh ? enh[0] : enhNo ? `${baseDef[0]} (enhancement ${enhNo})` : baseDef[0];
    const mapping: Mapping = enh?.[1] ?? baseDef[1];
    const via = [...(includes.get(id) ?? [])].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    const rules = rulesOf(mapping, cloudOnly);
    const manual = mapping === 'manual' && via.length === 0;
    const req: Req = {
      id,
      section: NIST_FAMILIES[fam]!,
      title,
      assessment: manual ? 'manual' : 'automated',
      rules: manual ? [] : rules,
    };
    if (!manual && via.length > 0) req.includes = { 'aws-fsbp': via };
    requirements.push(req);
  }
  write(
    'nist-800-53-r5',
    {
      name: 'NIST SP 800-53 Revision 5',
      version: 'Revision 5',
      description:
        'Security and privacy controls for information systems (base controls and the enhancements cloud configuration can show).',
      source: `Control ids from ${PROWLER} and the AWS Security Hub FSBP → NIST 800-53 r5 relation (AWS documentation); AWS side included from aws-fsbp requirements; titles and Azure/GCP mappings written by Parapet.`,
    },
    requirements,
  );
}
