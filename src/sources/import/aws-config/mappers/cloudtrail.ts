/**
 * AWS::CloudTrail::Trail. AWS Config records a trail's settings (as DescribeTrails gives them) but not
 * whether it is logging, nor its custom event selectors (which management and S3 data events it logs):
 * those stay unknown for a live scan to supply. Without custom selectors a trail logs every management
 * event and no data event.
 * A multi-region trail is recorded once, in its home region.
 */
import type { Relation, SourceRef } from '../../../../model/asset.js';
import { unknown } from '../../../../model/unknown.js';
import { isKmsKeyArn } from '../../../../inventory/aws/arn.js';
import { str } from '../../json-file.js';
import type { ConfigItem } from '../item.js';
import {
  arnFor,
  candidateFromItem,
  NOT_IN_RECORD,
  type ConfigItemMapper,
  type MappedCandidate,
} from './types.js';

const NOT_LOGGING_STATUS =
  'AWS Config does not record whether a trail is logging; run a live scan (cloudtrail:GetTrailStatus)';
const CUSTOM_SELECTORS =
  'the trail has custom event selectors, which AWS Config does not record; run a live scan ' +
  '(cloudtrail:GetEventSelectors)';

const FIELDS = [
  'homeRegion',
  'multiRegion',
  'organizationTrail',
  'managementEvents',
  's3ObjectEvents',
  'includeGlobalServiceEvents',
  'logFileValidation',
  'kmsKeyId',
  'cloudWatchLogsLogGroupArn',
  'cloudWatchLogsRoleArn',
  's3BucketName',
] as const;

/** A field of the configuration; unknown when absent, null when recorded as null. */
function field(c: Record<string, unknown>, key: string): unknown {
  if (!(key in c)) return unknown(`the AWS Config record has no configuration.${key}`);
  return c[key];
}

/** A setting that is absent when not configured (DescribeTrails omits it), so absence means null. */
function optional(c: Record<string, unknown>, key: string): unknown {
  const v = c[key];
  return v === undefined || v === '' ? null : v;
}

/** AWS::CloudTrail::Trail → `aws.cloudtrail.trail`. */
export function mapTrail(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = item.configuration;
  const name = (c === undefined ? undefined : str(c.name)) ?? item.resourceName ?? item.resourceId;
  const uid =
    item.arn ??
    (c === undefined ? undefined : str(c.trailARN)) ??
    arnFor(item, 'cloudtrail', `trail/${name}`);
  let config: Record<string, unknown>;
  if (c === undefined) {
    config = Object.fromEntries(FIELDS.map((k) => [k, unknown(NOT_IN_RECORD('configuration'))]));
  } else {
    const custom = c.hasCustomEventSelectors;
    config = {
      homeRegion: c.homeRegion ?? item.region,
      multiRegion: field(c, 'isMultiRegionTrail'),
      organizationTrail: field(c, 'isOrganizationTrail'),
      // Without custom selectors a trail records every management event, read and write.
      managementEvents:
        custom === false
          ? 'all'
          : custom === true
            ? unknown(CUSTOM_SELECTORS)
            : unknown('the AWS Config record has no configuration.hasCustomEventSelectors'),
      s3ObjectEvents:
        custom === false
          ? []
          : custom === true
            ? unknown(CUSTOM_SELECTORS)
            : unknown('the AWS Config record has no configuration.hasCustomEventSelectors'),
      includeGlobalServiceEvents: field(c, 'includeGlobalServiceEvents'),
      logFileValidation: field(c, 'logFileValidationEnabled'),
      kmsKeyId: optional(c, 'kmsKeyId'),
      cloudWatchLogsLogGroupArn: optional(c, 'cloudWatchLogsLogGroupArn'),
      cloudWatchLogsRoleArn: optional(c, 'cloudWatchLogsRoleArn'),
      s3BucketName: optional(c, 's3BucketName'),
    };
  }
  config.isLogging = unknown(NOT_LOGGING_STATUS);
  const relations: Relation[] = [];
  if (isKmsKeyArn(str(config.kmsKeyId)))
    relations.push({ kind: 'encrypted-by', target: str(config.kmsKeyId) ?? '' });
  const base = candidateFromItem(item, source, uid, config, relations);
  base.name = name;
  return [{ type: 'aws.cloudtrail.trail', candidate: base }];
}

export const cloudTrailMappers: Record<string, ConfigItemMapper> = {
  'AWS::CloudTrail::Trail': mapTrail,
};
