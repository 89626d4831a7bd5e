/**
 * AWS Config resource type → mapper. Each service's mappers live in their own file; add them here.
 */
import type { ConfigItemMapper } from './types.js';
import { s3Mappers } from './s3.js';

export const CONFIG_MAPPERS: Readonly<Record<string, ConfigItemMapper>> = {
  ...s3Mappers,
};
