/**
 * OpenSearch Service in one region: ListDomainNames, then DescribeDomains (five names a call, the
 * API's limit) and ListTags per domain, as AWS::OpenSearch::Domain items. Elasticsearch domains are
 * listed by the same API (their engine version says `Elasticsearch_...`).
 */
import {
  DescribeDomainsCommand,
  ListDomainNamesCommand,
  ListTagsCommand,
  OpenSearchClient,
} from '@aws-sdk/client-opensearch';
import type { RegionScope } from '../scope.js';
import { configRecord, tagMap } from '../shape.js';

/** The asset types listed completely in the region. */
export async function collectOpenSearch(s: RegionScope): Promise<string[]> {
  const client = s.client('es', (c) => new OpenSearchClient(c));
  const names = await s.call('es', 'ListDomainNames', () => client.send(new ListDomainNamesCommand({})));
  if (!names.ok) return [];
  const all = (names.value.DomainNames ?? []).map((d) => d.DomainName ?? '').filter((n) => n !== '');
  const batches: string[][] = [];
  for (let i = 0; i < all.length; i += 5) batches.push(all.slice(i, i + 5));
  let complete = true;
  await Promise.all(
    batches.map(async (DomainNames) => {
      const d = await s.call('es', 'DescribeDomains', () =>
        client.send(new DescribeDomainsCommand({ DomainNames })),
      );
      if (!d.ok) {
        complete = false;
        return;
      }
      await Promise.all(
        (d.value.DomainStatusList ?? []).map(async (domain) => {
          const tags =
            domain.ARN === undefined
              ? undefined
              : await s.call('es', 'ListTags', () => client.send(new ListTagsCommand({ ARN: domain.ARN })));
          s.item({
            resourceType: 'AWS::OpenSearch::Domain',
            resourceId: domain.DomainId ?? domain.DomainName ?? '',
            resourceName: domain.DomainName ?? '',
            ...(domain.ARN === undefined ? {} : { arn: domain.ARN }),
            awsRegion: s.region,
            tags: tags?.ok === true ? tagMap(tags.value.TagList) : {},
            configuration: configRecord(domain),
          });
        }),
      );
    }),
  );
  return complete ? ['aws.opensearch.domain'] : [];
}
