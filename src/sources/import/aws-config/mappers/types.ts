/** A mapper turns one normalised AWS Config item into asset candidates (usually one). */
import type { Relation, SourceRef } from '../../../../model/asset.js';
import type { AssetCandidate } from '../../../../inventory/build.js';
import type { ConfigItem } from '../item.js';

export interface MappedCandidate {
  type: string;
  candidate: AssetCandidate;
}

export type ConfigItemMapper = (item: ConfigItem, source: SourceRef) => MappedCandidate[];

/** Base fields every candidate from a Config item shares; the mapper adds `config` and `relations`. */
export function baseFromItem(
  item: ConfigItem,
  source: SourceRef,
  uid: string,
): Omit<AssetCandidate, 'config'> {
  const base: Omit<AssetCandidate, 'config'> = {
    uid,
    account: item.accountId,
    region: item.region,
    name: item.resourceName ?? item.resourceId,
    tags: item.tags,
    relations: [],
    source,
  };
  if (item.captureTime !== undefined) base.capturedAt = item.captureTime;
  return base;
}

/** A whole candidate from a Config item: the base fields plus `config` and `relations`, built in one go. */
export function candidateFromItem(
  item: ConfigItem,
  source: SourceRef,
  uid: string,
  config: Record<string, unknown>,
  relations: Relation[],
): AssetCandidate {
  const candidate: AssetCandidate = {
    uid,
    account: item.accountId,
    region: item.region,
    name: item.resourceName ?? item.resourceId,
    tags: item.tags,
    config,
    relations,
    source,
  };
  if (item.captureTime !== undefined) candidate.capturedAt = item.captureTime;
  return candidate;
}

/** `arn:aws:<service>:<region>:<account>:<resource>` — for types whose items may lack an ARN. */
export function arnFor(item: ConfigItem, service: string, resource: string, global = false): string {
  return item.arn ?? `arn:aws:${service}:${global ? '' : item.region}:${item.accountId}:${resource}`;
}

/** The reason to record when a Config record lacks a whole section (e.g. a query did not select it). */
export const NOT_IN_RECORD = (section: string) =>
  `the AWS Config record has no ${section} (not selected or not recorded)`;
