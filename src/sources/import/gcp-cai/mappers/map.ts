/**
 * One CAI record → candidates, whatever half of the resource it carries. A resource record fills the
 * resource fields and leaves the IAM fields unknown (export with --content-type=iam-policy); an
 * iam-policy record fills the IAM fields and leaves the rest unknown; the inventory joins the two by
 * uid (the CAI name) for mergeable types.
 */
import type { AssetCandidate } from '../../../../inventory/build.js';
import { str } from '../../json-file.js';
import { lastSegment } from '../names.js';
import type { CaiRecord } from '../record.js';
import {
  allUnknown,
  IAM_ONLY_REASON,
  labelsOf,
  NO_DATA_REASON,
  projectRefOf,
  regionOf,
  RESOURCE_ONLY_REASON,
  type CaiMapper,
  type MapContext,
  type MappedCandidate,
  type RecordEnv,
} from './types.js';

/** `iam-policy-unsupported`: an iam-policy record of a type whose assets carry no IAM fields. */
export type MapOutcome = MappedCandidate[] | 'iam-policy-unsupported';

/**
 * Map one record with its type's mapper.
 * @example mapRecord(bucketMapper, record, { source, projects }) // [{ type: 'gcp.storage.bucket', candidate }]
 */
export function mapRecord(mapper: CaiMapper, rec: CaiRecord, ctx: MapContext): MapOutcome {
  if (rec.resource === undefined && rec.iamPolicy !== undefined && mapper.iamFields.length === 0)
    return 'iam-policy-unsupported';
  const ref = projectRefOf(rec);
  const account = ref === undefined ? '' : ctx.projects.account(ref);
  const project = ref === undefined ? '-' : /^\d+$/.test(ref) ? (ctx.projects.idOf(ref) ?? ref) : ref;
  const env: RecordEnv = { rec, ctx, project };

  const config: Record<string, unknown> = {};
  const data = rec.resource?.data;
  const mapped = data === undefined ? undefined : mapper.fromData(data, env);
  if (mapped !== undefined) Object.assign(config, mapped.config);
  else
    Object.assign(
      config,
      allUnknown(
        mapper.resourceFields,
        rec.resource === undefined ? IAM_ONLY_REASON(mapper.noun) : NO_DATA_REASON,
      ),
    );
  if (mapper.iamFields.length > 0) {
    if (rec.iamPolicy !== undefined && mapper.fromPolicy !== undefined)
      Object.assign(config, mapper.fromPolicy(rec.iamPolicy));
    else Object.assign(config, allUnknown(mapper.iamFields, RESOURCE_ONLY_REASON));
  }

  const candidate: AssetCandidate = {
    uid: mapped?.uid ?? rec.name,
    account,
    region: regionOf(rec),
    name:
      mapped?.name ??
      str(data?.name) ??
      (mapper.nameWithoutData ? mapper.nameWithoutData(env) : lastSegment(rec.name)),
    tags: mapped?.tags ?? labelsOf(data?.labels),
    config,
    relations: mapped?.relations ?? [],
    source: ctx.source,
  };
  if (rec.updateTime !== undefined) candidate.capturedAt = rec.updateTime;
  return [{ type: mapper.type, candidate }];
}
