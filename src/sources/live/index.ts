/**
 * The live sources, one per provider. Add a provider's source here (one line); the CLI picks it up
 * for `parapet scan --<provider>` and `parapet permissions <provider>`.
 */
import { awsLiveSource } from './aws/index.js';
import { azureLiveSource } from './azure/index.js';
import { gcpSource } from './gcp/index.js';
import type { LiveSource } from './types.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const LIVE_SOURCES: readonly LiveSource<any>[] = [awsLiveSource(), azureLiveSource(), gcpSource];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function liveSource(provider: string): LiveSource<any> | undefined {
  return LIVE_SOURCES.find((s) => s.provider === provider);
}
