/**
 * The GCP live source (`parapet scan --gcp`): Cloud Asset Inventory through the official
 * @google-cloud/asset client (REST transport), Application Default Credentials, scoped by
 * organisation, folders or projects. See docs/live-gcp.md.
 */
import type { LiveContext, LiveSource } from '../types.js';
import { gcpRole, GCP_CALLS } from './calls.js';
import {
  alertPolicyClient,
  assetClient,
  clientConfigFromEnv,
  logMetricsClient,
  type GcpClientConfig,
} from './clients.js';
import { collectGcp } from './collect.js';
import { DEFAULT_RETRY, type RetryPolicy } from './errors.js';
import { gcpOptionList, parseGcpOptions, type GcpOptions } from './options.js';

export interface GcpSourceDeps {
  /** Client configuration; default: from the environment (PARAPET_GCP_ENDPOINT, PARAPET_GCP_ACCESS_TOKEN, ADC). */
  clientConfig?: (env: NodeJS.ProcessEnv) => GcpClientConfig;
  retry?: RetryPolicy;
}

/** Build the GCP live source; tests pass their own client configuration and retry policy. */
export function createGcpSource(deps: GcpSourceDeps = {}): LiveSource<GcpOptions> {
  return {
    provider: 'gcp',
    options: gcpOptionList,
    parseOptions: parseGcpOptions,
    async *collect(options: GcpOptions, ctx: LiveContext) {
      const config = (deps.clientConfig ?? clientConfigFromEnv)(ctx.env);
      const client = await assetClient(config);
      const direct = { metrics: await logMetricsClient(config), alerts: await alertPolicyClient(config) };
      try {
        yield* collectGcp(options, ctx, { client, direct, retry: deps.retry ?? DEFAULT_RETRY });
      } finally {
        await Promise.all([client.close(), direct.metrics.close(), direct.alerts.close()]);
      }
    },
    calls: () => GCP_CALLS,
    permissions: ({ explain }) => gcpRole(GCP_CALLS, explain === true),
  };
}

export const gcpSource = createGcpSource();
