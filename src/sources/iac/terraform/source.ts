/**
 * Terraform configurations → import events: every evaluated resource instance goes through its
 * type's mapper into an asset candidate with uid `<file>#<address>`; split resources are joined by
 * reference; unmapped types are counted as unsupported; module sources that are not local, and
 * instances whose count/for_each is unknown, are reported as not assessed.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ImportEvent } from '../../import/types.js';
import type { AssetSpan, IacOptions, IacRun } from '../types.js';
import { loadTerraform } from './load.js';
import { JOINED_TYPES, TERRAFORM_MAPPERS } from './mappers/index.js';
import type { InstanceIndex } from './mappers/types.js';
import type { ResourceInstance } from './module.js';
import type { HclParser } from './parse.js';
import { isUnknownValue } from './value.js';

const PROVIDER_OF: Record<string, 'aws' | 'azure' | 'gcp'> = { aws: 'aws', azurerm: 'azure', google: 'gcp' };

function instanceIndex(instances: readonly ResourceInstance[]): InstanceIndex {
  const byType = new Map<string, ResourceInstance[]>();
  const byAddress = new Map<string, ResourceInstance>();
  for (const i of instances) {
    let list = byType.get(i.type);
    if (list === undefined) byType.set(i.type, (list = []));
    list.push(i);
    byAddress.set(i.address, i);
  }
  return {
    referring(type, attr, target, matchValues) {
      return (byType.get(type) ?? []).filter((i) => {
        if (i.modulePath !== target.modulePath) return false;
        const v = i.body.attrs[attr]?.value;
        if (isUnknownValue(v)) return v.$ref === target.address;
        return typeof v === 'string' && matchValues.includes(v);
      });
    },
    ofType: (type) => byType.get(type) ?? [],
    get: (address) => byAddress.get(address),
  };
}

/**
 * Read and map the Terraform under `paths` into `run` (events, spans, files). Root modules in
 * `planRoots` (absolute directories) are read from their plan instead, so they are not evaluated here.
 */
export function terraformInto(
  run: IacRun,
  paths: readonly string[],
  parser: HclParser,
  options: IacOptions,
  planRoots: ReadonlySet<string> = new Set(),
): void {
  const result = loadTerraform(paths, parser, { ...options, planRoots });
  const events: ImportEvent[] = run.events;
  for (const file of result.files) {
    let size = 0;
    try {
      const abs = resolve(options.cwd, file);
      size = statSync(abs).size;
      run.files.set(file, readFileSync(abs, 'utf8'));
    } catch {
      // Shown relative to a cwd it is not under: sizes and suppressions are best effort.
    }
    events.push({ kind: 'file', file, format: 'terraform', bytes: size });
  }
  events.push(...result.diagnostics);
  for (const n of result.notAssessed)
    events.push({
      kind: 'diagnostic',
      level: 'warning',
      file: n.file,
      position: `line ${n.line}`,
      message: `${n.file}:${n.line}: ${n.address} not assessed: ${n.reason}`,
    });
  mapInstances(run, result.instances, result.regions, 'terraform');
}

/**
 * Map evaluated instances (from HCL or a plan) into candidates with uid `<file>#<address>`: each type
 * through its mapper, split resources joined, unmapped types counted as unsupported.
 */
export function mapInstances(
  run: IacRun,
  instances: readonly ResourceInstance[],
  regions: ReadonlyMap<string, string>,
  format: string,
): void {
  const events: ImportEvent[] = run.events;
  const index = instanceIndex(instances);
  const scopes = new Set<string>();
  const byAddress = new Map(instances.map((i) => [i.address, i]));
  for (const inst of instances) {
    const providerKey = inst.type.split('_')[0] ?? '';
    const provider = PROVIDER_OF[providerKey];
    const mapper = Object.hasOwn(TERRAFORM_MAPPERS, inst.type) ? TERRAFORM_MAPPERS[inst.type] : undefined;
    if (!mapper) {
      if (provider && !JOINED_TYPES.has(inst.type))
        events.push({ kind: 'unsupported', provider, resourceType: inst.type });
      continue;
    }
    const region = regions.get(providerKey) ?? 'unknown';
    if (provider && !scopes.has(`${provider}/${region}`)) {
      scopes.add(`${provider}/${region}`);
      // IaC does not say which account it deploys to; no asset type is declared completely covered.
      events.push({ kind: 'scope', provider, account: 'unknown', region });
    }
    const mapped = mapper(inst, index, region);
    if (!mapped) continue;
    const uid = `${inst.file}#${inst.address}`;
    const span: AssetSpan = {
      file: inst.file,
      line: inst.line,
      endLine: inst.endLine,
      fields: mapped.fields,
    };
    const parts = (mapped.joined ?? []).map((a) => byAddress.get(a)).filter((x) => x !== undefined);
    if (parts.length > 0) span.parts = parts.map((p) => ({ file: p.file, line: p.line, endLine: p.endLine }));
    run.spans.set(uid, span);
    events.push({
      kind: 'candidate',
      type: mapped.type,
      candidate: {
        uid,
        account: 'unknown',
        region,
        name: mapped.name,
        tags: mapped.tags,
        config: mapped.config,
        relations: [],
        source: {
          kind: 'iac',
          format,
          file: inst.file,
          line: inst.line,
          position: inst.address,
        },
      },
    });
  }
}
