/**
 * What every CAI mapper shares: the mapper contract, the base of a candidate (uid, account, region,
 * name, labels), and the reasons recorded when a record carries only one half of a resource (the
 * resource export or the iam-policy export).
 */
import type { Relation, SourceRef } from '../../../../model/asset.js';
import { unknown, type Unknown } from '../../../../model/unknown.js';
import type { AssetCandidate } from '../../../../inventory/build.js';
import type { AssetTypeDef } from '../../../../inventory/define.js';
import { isRecord, str } from '../../json-file.js';
import { crmProjectOf, lastSegment, projectSegment, regionFromName, regionOfLocation } from '../names.js';
import { numberText, type ProjectDirectory } from '../projects.js';
import type { CaiRecord } from '../record.js';

export interface MappedCandidate {
  type: string;
  candidate: AssetCandidate;
}

export interface MapContext {
  source: SourceRef;
  projects: ProjectDirectory;
}

/** What a mapper knows when it reads one record. */
export interface RecordEnv {
  rec: CaiRecord;
  ctx: MapContext;
  /** The record's project id (or its number when no Project record maps it); `-` when unknown. */
  project: string;
}

/** The parts of a candidate read from resource data. */
export interface DataMapping {
  config: Record<string, unknown>;
  relations?: Relation[];
  /** Overrides: by default the uid is the CAI name, the name `data.name`, the tags `data.labels`. */
  uid?: string;
  name?: string;
  tags?: Record<string, string>;
}

export interface CaiMapper {
  /** The Parapet asset type produced. */
  type: string;
  /** What the asset is called in reasons: `Cloud Storage bucket`. */
  noun: string;
  /** The config fields read from resource data. */
  resourceFields: readonly string[];
  /**
   * The config fields an iam-policy record fills; empty when the type has none (its iam-policy
   * records are then reported as unsupported).
   */
  iamFields: readonly string[];
  fromData(data: Record<string, unknown>, env: RecordEnv): DataMapping;
  /** Config fields from the IAM policy (for types with `iamFields`). */
  fromPolicy?(policy: Record<string, unknown>): Record<string, unknown>;
  /** The asset's name when the record has no resource data (default: the last segment of the CAI name). */
  nameWithoutData?(env: RecordEnv): string;
}

/** Mapper metadata from an asset type definition: the IAM fields named, the rest are resource fields. */
export function mapperFields(
  def: AssetTypeDef,
  iamFields: readonly string[] = [],
): Pick<CaiMapper, 'type' | 'noun' | 'resourceFields' | 'iamFields'> {
  return {
    type: def.type,
    noun: def.title,
    resourceFields: Object.keys(def.config.shape).filter((k) => !iamFields.includes(k)),
    iamFields,
  };
}

export const IAM_ONLY_REASON = (noun: string) =>
  `this CAI record is an iam-policy export; the resource export carries the ${noun}'s configuration`;
export const RESOURCE_ONLY_REASON =
  'this CAI record is a resource export; export with --content-type=iam-policy to assess the IAM policy';
export const NO_DATA_REASON = 'the CAI record has no resource data';

/** Every field in `fields` unknown for the same reason. */
export function allUnknown(fields: readonly string[], reason: string): Record<string, Unknown> {
  return Object.fromEntries(fields.map((f) => [f, unknown(reason)]));
}

/**
 * The project a record belongs to, as a project id or number: from the name, the data, the parent,
 * the bucket's project number, or the ancestors — in that order.
 */
export function projectRefOf(rec: CaiRecord): string | undefined {
  const data = rec.resource?.data;
  if (rec.assetType === 'cloudresourcemanager.googleapis.com/Project') {
    const id = str(data?.projectId);
    if (id !== undefined) return id;
  }
  // Folders and organisations are their own scope (`folders/555`, `organizations/777`).
  const container = /^\/\/cloudresourcemanager\.googleapis\.com\/((?:folders|organizations)\/[^/]+)$/.exec(
    rec.name,
  );
  if (container?.[1] !== undefined) return container[1];
  const fromName = rec.name.startsWith('//cloudresourcemanager.googleapis.com/')
    ? crmProjectOf(rec.name)
    : projectSegment(rec.name);
  if (fromName !== undefined && fromName !== '-') return fromName;
  return (
    str(data?.projectId) ??
    str(data?.project) ??
    crmProjectOf(rec.resource?.parent) ??
    numberText(data?.projectNumber) ??
    rec.ancestors.find((a) => a.startsWith('projects/'))?.slice('projects/'.length) ??
    // Resources of an organisation or folder (a sink, say) belong to that scope.
    /^\/\/[^/]+\/((?:folders|organizations)\/[^/]+)/.exec(rec.name)?.[1]
  );
}

/** The region of a record: its location, or the zone/region in its name, or `global`. */
export function regionOf(rec: CaiRecord): string {
  const data = rec.resource?.data;
  const location = rec.resource?.location ?? str(data?.location) ?? str(data?.region);
  if (location !== undefined && location !== '') return regionOfLocation(lastSegment(location));
  return regionFromName(rec.name) ?? 'global';
}

/** Labels as tags (values as text); `__proto__` and other hostile keys stay plain keys. */
export function labelsOf(v: unknown): Record<string, string> {
  if (!isRecord(v)) return {};
  return Object.fromEntries(
    Object.entries(v).map(([k, val]) => [k, typeof val === 'string' ? val : (JSON.stringify(val) ?? '')]),
  );
}
