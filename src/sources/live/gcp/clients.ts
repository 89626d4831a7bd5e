/**
 * Building the Google clients for one run: Application Default Credentials (gcloud user login,
 * `GOOGLE_APPLICATION_CREDENTIALS` key file, workload identity federation, the metadata server)
 * through google-auth-library, or an access token given in `PARAPET_GCP_ACCESS_TOKEN` (e.g. from
 * `gcloud auth print-access-token`). `PARAPET_GCP_ENDPOINT` (`http://127.0.0.1:8080`) points every
 * client at one endpoint — a replay server in tests, a proxy or private endpoint in production —
 * and the REST transport is used throughout so that endpoint speaks plain HTTP/JSON.
 */
import type { AssetServiceClient } from '@google-cloud/asset';
import type { MetricsServiceV2Client } from '@google-cloud/logging-api';
import type { AlertPolicyServiceClient } from '@google-cloud/monitoring';
import { GoogleAuth, OAuth2Client, type AuthClient } from 'google-auth-library';
import { UsageError } from '../../../model/errors.js';

/** Read-only scope: the scanner never needs write access. */
export const READ_ONLY_SCOPE = 'https://www.googleapis.com/auth/cloud-platform.read-only';

export interface GcpClientConfig {
  /** Either an auth client (tests, token) or undefined for Application Default Credentials. */
  authClient?: AuthClient;
  endpoint?: { host: string; port: number; protocol: 'http' | 'https' };
}

/** The client configuration from the environment. */
export function clientConfigFromEnv(env: NodeJS.ProcessEnv): GcpClientConfig {
  const out: GcpClientConfig = {};
  const token = env.PARAPET_GCP_ACCESS_TOKEN;
  if (token !== undefined && token !== '') {
    const client = new OAuth2Client();
    client.setCredentials({ access_token: token });
    out.authClient = client;
  }
  const endpoint = env.PARAPET_GCP_ENDPOINT;
  if (endpoint !== undefined && endpoint !== '') {
    let url: URL;
    try {
      url = new URL(endpoint);
    } catch {
      throw new UsageError(
        `PARAPET_GCP_ENDPOINT: "${endpoint}" is not a URL (expected e.g. http://127.0.0.1:8080)`,
      );
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw new UsageError(`PARAPET_GCP_ENDPOINT: "${endpoint}" must be an http:// or https:// URL`);
    const protocol = url.protocol === 'http:' ? 'http' : 'https';
    out.endpoint = {
      host: url.hostname,
      port: url.port === '' ? (protocol === 'http' ? 80 : 443) : Number(url.port),
      protocol,
    };
  }
  return out;
}

/** The options every gax client of this run is built with (REST transport, read-only credentials). */
export type GaxClientOptions = NonNullable<ConstructorParameters<typeof AssetServiceClient>[0]>;

export function gaxOptions(config: GcpClientConfig): GaxClientOptions {
  // One google-auth-library for the project and google-gax (package.json `overrides`), so the
  // clients take our auth objects as they are.
  const auth =
    config.authClient !== undefined
      ? { authClient: config.authClient }
      : { auth: new GoogleAuth({ scopes: [READ_ONLY_SCOPE] }) };
  return {
    fallback: true,
    ...auth,
    ...(config.endpoint === undefined
      ? {}
      : {
          apiEndpoint: config.endpoint.host,
          port: config.endpoint.port,
          protocol: config.endpoint.protocol,
        }),
  };
}

/** The Cloud Asset client, loaded on first use so commands that never call GCP do not pay for it. */
export async function assetClient(config: GcpClientConfig): Promise<AssetServiceClient> {
  const { AssetServiceClient: Client } = await import('@google-cloud/asset');
  return new Client(gaxOptions(config));
}

/** The Cloud Logging metrics client (log-based metrics, read from the Logging API itself). */
export async function logMetricsClient(config: GcpClientConfig): Promise<MetricsServiceV2Client> {
  const { MetricsServiceV2Client: Client } = await import('@google-cloud/logging-api');
  return new Client(gaxOptions(config));
}

/** The Cloud Monitoring alert policy client. */
export async function alertPolicyClient(config: GcpClientConfig): Promise<AlertPolicyServiceClient> {
  const { AlertPolicyServiceClient: Client } = await import('@google-cloud/monitoring');
  return new Client(gaxOptions(config));
}
