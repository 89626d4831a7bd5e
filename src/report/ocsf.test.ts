/**
 * OCSF output: every event of a scan is a valid Compliance Finding (class 2003) by the OCSF 1.8.0
 * schema definitions when they are at hand (PARAPET_OCSF_SCHEMA or ../shared/data/ocsf-schema; the
 * test skips otherwise), and the checker itself is tested on a small schema in the repo.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../cli/io.js';
import { main } from '../cli/main.js';
import { OcsfSchema } from './ocsf-check.js';

const root = join(import.meta.dirname, '..', '..');
const fixtures = join(root, 'test', 'fixtures');
const sharedSchema = [
  process.env.PARAPET_OCSF_SCHEMA,
  // ../shared beside the checkout (CI), or beside the worktrees folder
  join(root, '..', 'shared', 'data', 'ocsf-schema'),
  join(root, '..', '..', 'shared', 'data', 'ocsf-schema'),
]
  .filter((d): d is string => d !== undefined)
  .find((d) => OcsfSchema.available(d));

type Event = Record<string, unknown> & {
  compliance: { control: string; requirements: string[]; standards: string[]; status_id: number };
  resources: { uid: string; tags?: { name: string; value: string }[] }[];
  finding_info: { uid: string };
};

async function ocsfOf(args: string[]): Promise<Event[]> {
  const io = memoryIo({ NO_COLOR: '1' }, mkdtempSync(join(tmpdir(), 'parapet-ocsf-')));
  const code = await main(
    [...args, '--no-store', '--format', 'ocsf', '--at', '2026-11-28T12:00:00Z', '--no-progress'],
    io,
  );
  expect(code, io.err()).toBe(0);
  return JSON.parse(io.out()) as Event[];
}

describe('OCSF output', () => {
  let events: Event[];
  beforeAll(async () => {
    events = await ocsfOf(['scan', '--demo']);
  });

  it('writes one Compliance Finding per reported result, with the compliance mapping', () => {
    expect(events.length).toBeGreaterThan(100);
    for (const e of events) {
      expect(e.class_uid).toBe(2003);
      expect(e.type_uid).toBe(200301);
      expect(e.compliance.control).toMatch(/^(aws|azure|gcp)-/);
    }
    const s3 = events.find((e) => e.compliance.control === 'aws-s3-bucket-not-public')!;
    expect(s3.compliance.requirements).toContain('aws-fsbp S3.2');
    expect(s3.compliance.requirements.some((r) => r.startsWith('hipaa '))).toBe(true);
    expect(s3.compliance.status_id).toBe(3);
    expect(new Set(events.map((e) => e.finding_info.uid)).size).toBe(events.length);
  });

  it('keeps hostile tag values as data', async () => {
    const fromFixture = await ocsfOf(['scan', '--import', join(fixtures, 'aws-config-snapshot.json')]);
    const tags = fromFixture.flatMap((e) => e.resources[0]!.tags ?? []);
    expect(tags).toContainEqual({ name: 'Name', value: '<img src=x onerror=alert(1)>\u001b[2J' });
  });

  it.skipIf(sharedSchema === undefined)('passes the checker against the OCSF 1.8.0 schema', () => {
    const schema = new OcsfSchema(sharedSchema!);
    expect(schema.version).toBe('1.8.0');
    const problems = events.flatMap((e, i) =>
      schema.validate(e, 'compliance_finding').map((p) => `event ${i}: ${p}`),
    );
    expect(problems).toEqual([]);
  });

  it.skipIf(sharedSchema === undefined)(
    'has a committed fixture event that still passes, and a broken one that does not',
    () => {
      const schema = new OcsfSchema(sharedSchema!);
      const good = JSON.parse(
        readFileSync(join(fixtures, 'ocsf', 'compliance-finding.json'), 'utf8'),
      ) as unknown;
      expect(schema.validate(good, 'compliance_finding')).toEqual([]);
      const bad = JSON.parse(
        readFileSync(join(fixtures, 'ocsf', 'compliance-finding-broken.json'), 'utf8'),
      ) as unknown;
      const problems = schema.validate(bad, 'compliance_finding');
      expect(problems).toContain('$.finding_info: required attribute missing');
      expect(problems.some((p) => p.startsWith('$.severity_id: 9 is not one of'))).toBe(true);
      expect(problems.some((p) => p.startsWith('$.resources[0].uid: expected resource_uid_t'))).toBe(true);
      expect(problems).toContain('$.colour: not an attribute of this class or object');
    },
  );
});

describe('the OCSF checker', () => {
  const schema = new OcsfSchema(join(fixtures, 'ocsf-mini'));
  const event = {
    activity_id: 1,
    category_uid: 2,
    class_uid: 2003,
    type_uid: 200301,
    time: 1764331200000,
    severity_id: 3,
    metadata: { version: '1.8.0', profiles: ['cloud'] },
    cloud: { provider: 'AWS' },
    compliance: { standards: ['x'], status_id: 3 },
  };

  it('accepts a conforming event, resolving extends, includes and enums merged over the dictionary', () => {
    expect(existsSync(join(fixtures, 'ocsf-mini', 'dictionary.json'))).toBe(true);
    expect(schema.validate(event, 'compliance_finding')).toEqual([]);
  });

  it('reports missing required attributes, unknown attributes, wrong types, enums and uids', () => {
    const { compliance: _c, ...noCompliance } = event;
    expect(schema.validate(noCompliance, 'compliance_finding')).toContain(
      '$.compliance: required attribute missing',
    );
    expect(schema.validate({ ...event, extra: 1 }, 'compliance_finding')).toContain(
      '$.extra: not an attribute of this class or object',
    );
    expect(schema.validate({ ...event, time: '2026-11-28' }, 'compliance_finding')[0]).toMatch(
      /^\$\.time: expected timestamp_t/,
    );
    expect(schema.validate({ ...event, activity_id: 7, type_uid: 200307 }, 'compliance_finding')[0]).toMatch(
      /^\$\.activity_id: 7 is not one of 0, 1, 2, 3, 99$/,
    );
    expect(schema.validate({ ...event, compliance: { status_id: 4 } }, 'compliance_finding')[0]).toMatch(
      /compliance\.status_id: 4 is not one of/,
    );
    expect(schema.validate({ ...event, class_uid: 2004 }, 'compliance_finding')).toContain(
      '$.class_uid: expected 2003, got 2004',
    );
    expect(schema.validate({ ...event, type_uid: 200302 }, 'compliance_finding')).toContain(
      '$.type_uid: expected 200301, got 200302',
    );
    // cloud is required only when the event applies the cloud profile
    const { cloud: _cl, ...noCloud } = event;
    expect(schema.validate(noCloud, 'compliance_finding')).toContain('$.cloud: required attribute missing');
    expect(schema.validate({ ...noCloud, metadata: { version: '1.8.0' } }, 'compliance_finding')).toEqual([]);
  });
});
