/** Cloud Logging sinks (where log entries are exported) and enabled services (Service Usage). */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

export const gcpLogSink = defineAssetType({
  type: 'gcp.logging.sink',
  provider: 'gcp',
  title: 'Cloud Logging sink',
  config: z.object({
    /** `storage.googleapis.com/<bucket>`, `bigquery.googleapis.com/projects/...`, `pubsub.googleapis.com/...`, `logging.googleapis.com/...`. */
    destination: maybe(z.string()),
    /** Advanced logs filter; empty (`''`) exports every entry. */
    filter: maybe(z.string()),
    /** An organisation or folder sink that also exports the entries of every project below it. */
    includeChildren: maybe(z.boolean()),
    disabled: maybe(z.boolean()),
  }),
});

export const gcpService = defineAssetType({
  type: 'gcp.serviceusage.service',
  provider: 'gcp',
  title: 'Enabled Google API service',
  config: z.object({
    /** `ENABLED` or `DISABLED`. */
    state: maybe(z.string()),
  }),
});
