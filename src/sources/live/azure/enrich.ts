/**
 * ARM calls for what Resource Graph does not hold, attached to the Resource Graph row they describe
 * under the row's `parapet` column: `{ arm: { <detail>: <raw ARM JSON> }, gaps: { <detail>: <reason> } }`.
 * The importer's mappers read the same column, so an export of enriched rows (what `parapet scan
 * --azure` saw) imports to the same assets; a plain Resource Graph export leaves these fields unknown.
 */
import { captureBodies, type SubscriptionClients } from './clients.js';
import { failureReason } from './failures.js';
import type { Limiter } from './limit.js';

export interface Enrichment {
  arm: Record<string, unknown>;
  gaps: Record<string, string>;
}

interface Target {
  /** The ARM id as Resource Graph gave it. */
  id: string;
  resourceGroup: string;
  name: string;
  subscriptionId: string;
}

type Detail = (c: SubscriptionClients, t: Target) => Promise<unknown>;

/** Concatenated `value` arrays of every page a list call read. */
async function listed(read: () => AsyncIterable<unknown>): Promise<unknown[]> {
  const bodies = await captureBodies(async () => {
    for await (const item of read()) void item;
  });
  return bodies.flatMap((b) =>
    typeof b === 'object' && b !== null && Array.isArray((b as { value?: unknown }).value)
      ? (b as { value: unknown[] }).value
      : [],
  );
}

/** The raw body of a single GET. */
async function got(read: () => Promise<unknown>): Promise<unknown> {
  const [body] = await captureBodies(read);
  return body ?? null;
}

/** Details per Resource Graph row type (lower case): detail name → the call that reads it. */
export const DETAILS: Readonly<Record<string, Readonly<Record<string, Detail>>>> = {
  'microsoft.resources/subscriptions': {
    activityLogDiagnosticSettings: (c, t) =>
      got(() => c.monitor.diagnosticSettings.list(resourceUri(t.id))).then(valueOf),
    defenderPlans: (c) => got(() => c.security.pricings.list()).then(valueOf),
    securityContacts: (c) => listed(() => c.security.securityContacts.list()),
  },
  'microsoft.storage/storageaccounts': {
    blobServiceProperties: (c, t) =>
      got(() => c.storage.blobServices.getServiceProperties(t.resourceGroup, t.name)),
    fileServiceProperties: (c, t) =>
      got(() => c.storage.fileServices.getServiceProperties(t.resourceGroup, t.name)),
  },
  'microsoft.keyvault/vaults': {
    keys: (c, t) => listed(() => c.keyVault.keys.list(t.resourceGroup, t.name)),
    secrets: (c, t) => listed(() => c.keyVault.secrets.list(t.resourceGroup, t.name)),
    diagnosticSettings: (c, t) =>
      got(() => c.monitor.diagnosticSettings.list(resourceUri(t.id))).then(valueOf),
  },
  'microsoft.sql/servers': {
    firewallRules: (c, t) => listed(() => c.sql.firewallRules.listByServer(t.resourceGroup, t.name)),
    auditingSettings: (c, t) => got(() => c.sql.serverBlobAuditingPolicies.get(t.resourceGroup, t.name)),
    databases: async (c, t) => {
      const dbs = await listed(() => c.sql.databases.listByServer(t.resourceGroup, t.name));
      const out: unknown[] = [];
      for (const db of dbs) {
        const name = typeof db === 'object' && db !== null ? (db as { name?: unknown }).name : undefined;
        // master is managed by Azure and carries no TDE setting of its own.
        if (typeof name !== 'string' || name.toLowerCase() === 'master') continue;
        const tde = await got(() =>
          c.sql.transparentDataEncryptions.get(t.resourceGroup, t.name, name, 'current'),
        );
        out.push({ ...(db as object), transparentDataEncryption: tde });
      }
      return out;
    },
  },
  'microsoft.web/sites': {
    siteConfig: (c, t) => got(() => c.web.webApps.getConfiguration(t.resourceGroup, t.name)),
  },
};

/** The SDK puts `resourceUri` after a slash of its own: give it without the leading one. */
function resourceUri(id: string): string {
  return id.replace(/^\/+/, '');
}

function valueOf(body: unknown): unknown {
  return typeof body === 'object' && body !== null && Array.isArray((body as { value?: unknown }).value)
    ? (body as { value: unknown[] }).value
    : [];
}

/** Whether rows of this type get ARM details. */
export function isEnriched(type: string): boolean {
  return Object.hasOwn(DETAILS, type);
}

/**
 * Read every detail of one row (each call through the limiter); a failed call becomes a gap naming
 * the call and Azure's answer.
 */
export async function enrichRow(
  type: string,
  target: Target,
  clients: SubscriptionClients,
  limit: Limiter,
): Promise<Enrichment> {
  const out: Enrichment = { arm: {}, gaps: {} };
  const details = DETAILS[type] ?? {};
  await Promise.all(
    Object.entries(details).map(async ([name, read]) => {
      try {
        out.arm[name] = await limit(() => read(clients, target));
      } catch (e) {
        out.gaps[name] = failureReason(`${name} of ${target.id}`, e);
      }
    }),
  );
  return out;
}
