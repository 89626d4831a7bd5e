/**
 * The Azure SDK management clients the collector uses, built explicitly for one scan (no globals):
 * one credential, one ARM endpoint (public cloud by default; a sovereign cloud or the test loopback
 * when given), the SDK's own retry policy (exponential, honouring 429/503 `Retry-After`) with more
 * retries than the default, and a capture policy that hands each call's raw response bodies (the ARM
 * wire format, before the SDK renames and flattens fields) to the caller, so the collector feeds the
 * same JSON to the Resource Graph mappers as an export would.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { TokenCredential } from '@azure/core-auth';
import type { PipelinePolicy, TlsSettings } from '@azure/core-rest-pipeline';
import { KeyVaultManagementClient } from '@azure/arm-keyvault';
import { MonitorClient } from '@azure/arm-monitor';
import { ResourceGraphClient } from '@azure/arm-resourcegraph';
import { SubscriptionClient } from '@azure/arm-resources-subscriptions';
import { SecurityCenter } from '@azure/arm-security';
import { SqlManagementClient } from '@azure/arm-sql';
import { StorageManagementClient } from '@azure/arm-storage';
import { WebSiteManagementClient } from '@azure/arm-appservice';

export const PUBLIC_ARM_ENDPOINT = 'https://management.azure.com';

export interface AzureClientSettings {
  credential: TokenCredential;
  /** ARM endpoint, e.g. `https://management.azure.com` (no trailing slash). */
  endpoint: string;
  /** Extra trusted CA certificates (PEM), for a TLS-inspecting proxy or the test loopback. */
  ca?: string;
  /** Retries per request on throttling and transient errors. */
  maxRetries: number;
  /** Upper bound for one retry delay, in ms (a Retry-After above it is still honoured by the SDK). */
  maxRetryDelayMs?: number;
}

/** Raw response bodies of the calls made inside `captureBodies`. */
const capture = new AsyncLocalStorage<unknown[]>();

/** Records the parsed JSON body of each response for the `captureBodies` call it belongs to. */
const capturePolicy: PipelinePolicy = {
  name: 'parapetCaptureBodies',
  async sendRequest(request, next) {
    const response = await next(request);
    const sink = capture.getStore();
    if (sink !== undefined && response.status < 300 && response.bodyAsText) {
      try {
        sink.push(JSON.parse(response.bodyAsText) as unknown);
      } catch {
        // Not JSON: the SDK will report it when it deserialises the same body.
      }
    }
    return response;
  },
};

/**
 * Run `call` (one SDK operation, or a paged list read to the end) and return the raw JSON bodies of
 * its responses (one per page).
 * @example const pages = await captureBodies(async () => { for await (const _ of client.keys.list(rg, v)); });
 */
export async function captureBodies(call: () => Promise<unknown>): Promise<unknown[]> {
  const bodies: unknown[] = [];
  await capture.run(bodies, call);
  return bodies;
}

/** Options shared by every client: endpoint, scopes, retries, TLS, the capture policy. */
function commonOptions(s: AzureClientSettings) {
  const tlsOptions: TlsSettings | undefined = s.ca === undefined ? undefined : { ca: s.ca };
  return {
    endpoint: s.endpoint,
    $host: s.endpoint,
    credentialScopes: [`${s.endpoint}/.default`],
    credentials: { scopes: [`${s.endpoint}/.default`] },
    retryOptions: {
      maxRetries: s.maxRetries,
      ...(s.maxRetryDelayMs ? { maxRetryDelayInMs: s.maxRetryDelayMs } : {}),
    },
    ...(tlsOptions ? { tlsOptions } : {}),
    userAgentOptions: { userAgentPrefix: 'parapet' },
    additionalPolicies: [{ policy: capturePolicy, position: 'perCall' as const }],
  };
}

/** The tenant-wide clients (not bound to one subscription). */
export interface TenantClients {
  graph: ResourceGraphClient;
  subscriptions: SubscriptionClient;
}

export function tenantClients(s: AzureClientSettings): TenantClients {
  const o = commonOptions(s);
  return {
    graph: new ResourceGraphClient(s.credential, o),
    subscriptions: new SubscriptionClient(s.credential, o),
  };
}

/** The clients bound to one subscription, built on first use. */
export class SubscriptionClients {
  readonly #s: AzureClientSettings;
  readonly #id: string;
  #storage?: StorageManagementClient;
  #keyVault?: KeyVaultManagementClient;
  #monitor?: MonitorClient;
  #security?: SecurityCenter;
  #sql?: SqlManagementClient;
  #web?: WebSiteManagementClient;

  constructor(settings: AzureClientSettings, subscriptionId: string) {
    this.#s = settings;
    this.#id = subscriptionId;
  }

  get storage(): StorageManagementClient {
    return (this.#storage ??= new StorageManagementClient(
      this.#s.credential,
      this.#id,
      commonOptions(this.#s),
    ));
  }
  get keyVault(): KeyVaultManagementClient {
    return (this.#keyVault ??= new KeyVaultManagementClient(
      this.#s.credential,
      this.#id,
      commonOptions(this.#s),
    ));
  }
  get monitor(): MonitorClient {
    return (this.#monitor ??= new MonitorClient(this.#s.credential, this.#id, commonOptions(this.#s)));
  }
  get security(): SecurityCenter {
    return (this.#security ??= new SecurityCenter(this.#s.credential, this.#id, commonOptions(this.#s)));
  }
  get sql(): SqlManagementClient {
    return (this.#sql ??= new SqlManagementClient(this.#s.credential, this.#id, commonOptions(this.#s)));
  }
  get web(): WebSiteManagementClient {
    return (this.#web ??= new WebSiteManagementClient(this.#s.credential, this.#id, commonOptions(this.#s)));
  }
}
