/** API keys (API Keys API v2): age and restrictions. */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

export const gcpApiKey = defineAssetType({
  type: 'gcp.apikeys.key',
  provider: 'gcp',
  title: 'API key',
  config: z.object({
    /** When the key was created (ISO 8601). */
    createTime: maybe(z.string()),
    /** Services the key may call (`restrictions.apiTargets[].service`); empty = every enabled API. */
    apiTargets: maybe(z.array(z.string())),
    /** Which application restriction is set: `browser`, `server`, `android`, `ios`; null for none. */
    applicationRestriction: maybe(z.string().nullable()),
  }),
});
