/**
 * Bulk inventory through Azure Resource Graph: one query per table over up to 1,000 subscriptions at
 * a time, read page by page (1,000 rows a page) with `$skipToken` until the result is complete. Rows
 * are returned as ARM JSON, exactly what `az graph query` exports, so the importer's mappers read them.
 */
import type { ResourceGraphClient } from '@azure/arm-resourcegraph';

/** The queries: every resource, the subscriptions themselves, and role assignments. */
export const GRAPH_QUERIES: readonly { table: string; query: string }[] = [
  { table: 'resources', query: 'resources | order by id asc' },
  {
    table: 'resourcecontainers',
    query: "resourcecontainers | where type =~ 'microsoft.resources/subscriptions' | order by id asc",
  },
  {
    table: 'authorizationresources',
    query:
      "authorizationresources | where type in~ ('microsoft.authorization/roleassignments', 'microsoft.authorization/roledefinitions') | order by id asc",
  },
];

/** Subscriptions per query: Resource Graph accepts at most 1,000. */
export const SUBSCRIPTIONS_PER_QUERY = 1000;
export const ROWS_PER_PAGE = 1000;

/**
 * The rows of one query, a page at a time.
 * @example for await (const page of graphPages(client, q, { subscriptions: ids })) rows.push(...page);
 */
export async function* graphPages(
  client: ResourceGraphClient,
  query: string,
  scope: { subscriptions?: string[]; managementGroups?: string[] },
  signal?: AbortSignal,
): AsyncGenerator<unknown[]> {
  let skipToken: string | undefined;
  do {
    const page = await client.resources(
      {
        query,
        ...scope,
        options: {
          top: ROWS_PER_PAGE,
          resultFormat: 'objectArray',
          ...(skipToken === undefined ? {} : { skipToken }),
        },
      },
      signal === undefined ? {} : { abortSignal: signal },
    );
    const data: unknown = page.data;
    yield Array.isArray(data) ? (data as unknown[]) : [];
    skipToken = page.skipToken || undefined;
  } while (skipToken !== undefined);
}
