/**
 * CloudFront (global, once per account): each distribution (GetDistribution, which unlike the listing
 * carries the default root object and logging) as an AWS::CloudFront::Distribution item.
 */
import {
  CloudFrontClient,
  GetDistributionCommand,
  paginateListDistributions,
} from '@aws-sdk/client-cloudfront';
import type { RegionScope } from '../scope.js';
import { configRecord } from '../shape.js';

/** The asset types listed completely for the account. */
export async function collectCloudFront(s: RegionScope): Promise<string[]> {
  const client = s.client('cloudfront', (c) => new CloudFrontClient(c));
  const ids = await s.call('cloudfront', 'ListDistributions', async () => {
    const out: string[] = [];
    for await (const page of paginateListDistributions({ client }, {}))
      for (const d of page.DistributionList?.Items ?? []) if (d.Id !== undefined) out.push(d.Id);
    return out;
  });
  if (!ids.ok) return [];
  let complete = true;
  await Promise.all(
    ids.value.map(async (Id) => {
      const o = await s.call('cloudfront', 'GetDistribution', () =>
        client.send(new GetDistributionCommand({ Id })),
      );
      const d = o.ok ? o.value.Distribution : undefined;
      if (d === undefined) {
        complete = false;
        return;
      }
      s.item({
        resourceType: 'AWS::CloudFront::Distribution',
        resourceId: Id,
        resourceName: Id,
        ...(d.ARN === undefined ? {} : { arn: d.ARN }),
        awsRegion: 'global',
        tags: {},
        configuration: configRecord(d),
      });
    }),
  );
  return complete ? ['aws.cloudfront.distribution'] : [];
}
