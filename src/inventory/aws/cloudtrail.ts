/**
 * CloudTrail trails. A multi-region trail is one asset, in its home region (AWS Config records it
 * there only; live scans must not count its shadow copies in other regions). An organization trail
 * appears under a member account only when the source shows it there.
 */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';
import { s3ObjectEventSelector } from './trail-selectors.js';

export const cloudTrailTrail = defineAssetType({
  type: 'aws.cloudtrail.trail',
  provider: 'aws',
  title: 'CloudTrail trail',
  config: z.object({
    homeRegion: maybe(z.string()),
    multiRegion: maybe(z.boolean()),
    organizationTrail: maybe(z.boolean()),
    /** True when the trail is delivering events now (GetTrailStatus IsLogging). */
    isLogging: maybe(z.boolean()),
    /**
     * Which management events the trail records: `all` (read and write — the default without custom
     * event selectors), `read-only`, `write-only`, or `none`.
     */
    managementEvents: maybe(z.enum(['all', 'read-only', 'write-only', 'none'])),
    /**
     * The selectors that log S3 object data events (CIS 4.8/4.9), as `s3ObjectCoverage` reads them;
     * empty when the trail logs none (a trail without custom event selectors logs no data events).
     */
    s3ObjectEvents: maybe(z.array(s3ObjectEventSelector)),
    includeGlobalServiceEvents: maybe(z.boolean()),
    logFileValidation: maybe(z.boolean()),
    /** KMS key for SSE-KMS of the log files; null when logs use SSE-S3 only. */
    kmsKeyId: maybe(z.string().nullable()),
    /** CloudWatch Logs log group the trail sends events to; null when none. */
    cloudWatchLogsLogGroupArn: maybe(z.string().nullable()),
    cloudWatchLogsRoleArn: maybe(z.string().nullable()),
    /** Bucket the log files are delivered to. */
    s3BucketName: maybe(z.string().nullable()),
  }),
});
