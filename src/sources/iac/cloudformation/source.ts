/**
 * CloudFormation templates → import events: parameters (given with --var, else their Default, else
 * unknown), Conditions (a resource whose condition is false is not deployed), Mappings, intrinsics
 * resolved; each resource mapped by type, uid `<file>#<logical id>`, lines kept per property.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describeError } from '../../../model/errors.js';
import { filesUnder } from '../files.js';
import { isUnknownValue, unknownValue, type Value } from '../terraform/value.js';
import type { IacOptions, IacRun } from '../types.js';
import { resolveValue, condition, type CfnContext } from './intrinsics.js';
import { CFN_JOINED, CFN_MAPPERS, type CfnIndex, type CfnResource } from './mappers.js';
import { looksLikeCloudFormation, parseCloudFormation } from './parse.js';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function cloudFormationInto(run: IacRun, paths: readonly string[], options: IacOptions): void {
  const given = new Map<string, string>();
  for (const kv of options.vars ?? []) given.set(kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1));
  for (const abs of filesUnder(paths, ['.yaml', '.yml', '.json', '.template'])) {
    let text: string;
    try {
      text = readFileSync(abs, 'utf8');
    } catch {
      continue;
    }
    if (!looksLikeCloudFormation(text.slice(0, 65536))) continue;
    const file = relative(options.cwd, abs) || abs;
    // Already read as another format (a Terraform plan, an ARM template).
    if (run.claimed?.has(abs)) continue;
    run.events.push({ kind: 'file', file, format: 'cloudformation', bytes: Buffer.byteLength(text) });
    run.files.set(file, text);
    let template;
    try {
      template = parseCloudFormation(text, file);
    } catch (e) {
      run.events.push({ kind: 'diagnostic', level: 'error', file, message: describeError(e) });
      continue;
    }
    const { data } = template;
    const resourcesRaw = isRecord(data.Resources) ? data.Resources : {};
    const parameters: Record<string, Value> = {};
    if (isRecord(data.Parameters))
      for (const [name, p] of Object.entries(data.Parameters)) {
        const g = given.get(name);
        const d = isRecord(p) ? p.Default : undefined;
        parameters[name] =
          g !== undefined
            ? g
            : d !== undefined
              ? (d as Value)
              : unknownValue(`parameter ${name} has no Default (give it with --var ${name}=...)`);
        if (
          isRecord(p) &&
          p.Type === 'Number' &&
          typeof parameters[name] === 'string' &&
          parameters[name] !== ''
        )
          parameters[name] = Number(parameters[name]);
      }
    const ctx: CfnContext = {
      parameters,
      conditions: isRecord(data.Conditions) ? data.Conditions : {},
      mappings: isRecord(data.Mappings) ? data.Mappings : {},
      resources: new Set(Object.keys(resourcesRaw)),
    };
    const resources: CfnResource[] = [];
    for (const [id, raw] of Object.entries(resourcesRaw)) {
      if (!isRecord(raw) || typeof raw.Type !== 'string') {
        run.events.push({
          kind: 'diagnostic',
          level: 'warning',
          file,
          position: `line ${template.lines.get(id) ?? 1}`,
          message: `${file}:${template.lines.get(id) ?? 1}: resource ${id} has no Type`,
        });
        continue;
      }
      if (typeof raw.Condition === 'string') {
        const c = condition(raw.Condition, ctx, 0);
        if (c === false || c === 'false') continue;
      }
      const props = resolveValue(raw.Properties ?? {}, ctx);
      resources.push({
        id,
        type: raw.Type,
        props: isRecord(props) && !isUnknownValue(props) ? props : {},
        file,
        line: template.lines.get(id) ?? 1,
        lineOf: (path) => template.lines.get(`${id}.Properties.${path}`),
      });
    }
    const index: CfnIndex = {
      referring(type, prop, target, names) {
        return resources.filter((r) => {
          if (r.type !== type) return false;
          const v = r.props[prop];
          if (isUnknownValue(v ?? null)) return (v as { $ref?: string }).$ref === target.id;
          return typeof v === 'string' && names.includes(v);
        });
      },
    };
    let scoped = false;
    for (const r of resources) {
      const mapper = Object.hasOwn(CFN_MAPPERS, r.type) ? CFN_MAPPERS[r.type] : undefined;
      if (!mapper) {
        if (r.type.startsWith('AWS::') && !CFN_JOINED.has(r.type))
          run.events.push({ kind: 'unsupported', provider: 'aws', resourceType: r.type });
        continue;
      }
      if (!scoped) {
        run.events.push({ kind: 'scope', provider: 'aws', account: 'unknown', region: 'unknown' });
        scoped = true;
      }
      const mapped = mapper(r, index);
      const uid = `${file}#${r.id}`;
      run.spans.set(uid, {
        file,
        line: r.line,
        endLine: template.endLines.get(r.id) ?? r.line,
        fields: mapped.fields,
        parts: (mapped.joined ?? []).map((id) => ({
          file,
          line: template.lines.get(id) ?? 1,
          endLine: template.endLines.get(id) ?? 1,
        })),
      });
      run.events.push({
        kind: 'candidate',
        type: mapped.type,
        candidate: {
          uid,
          account: 'unknown',
          region: 'unknown',
          name: mapped.name,
          tags: mapped.tags,
          config: mapped.config,
          relations: [],
          source: { kind: 'iac', format: 'cloudformation', file, line: r.line, position: r.id },
        },
      });
    }
  }
}
