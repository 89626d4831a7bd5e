/**
 * S3 access points of one region (S3 Control ListAccessPoints, then GetAccessPoint for the Block
 * Public Access settings ListAccessPoints leaves out), as AWS::S3::AccessPoint items.
 */
import { GetAccessPointCommand, paginateListAccessPoints, S3ControlClient } from '@aws-sdk/client-s3-control';
import type { RegionScope } from '../scope.js';

const s3Control = (s: RegionScope) =>
  s.client('s3-control', (c) => {
    const { endpoint, ...rest } = c;
    // As for the account-level block: an endpoint override is used as it is, without the account prefix.
    return endpoint === undefined
      ? new S3ControlClient(rest)
      : new S3ControlClient({ ...rest, endpointProvider: () => ({ url: new URL(endpoint) }) });
  });

/** The region's access points; true when the listing succeeded. */
export async function collectAccessPoints(s: RegionScope): Promise<boolean> {
  const client = s3Control(s);
  const AccountId = s.account;
  const listed = await s.call('s3-control', 'ListAccessPoints', async () => {
    const out: { Name?: string | undefined }[] = [];
    for await (const page of paginateListAccessPoints({ client }, { AccountId }))
      out.push(...(page.AccessPointList ?? []));
    return out;
  });
  if (!listed.ok) return false;
  await Promise.all(
    listed.value.map(async ({ Name = '' }) => {
      const got = await s.call('s3-control', 'GetAccessPoint', () =>
        client.send(new GetAccessPointCommand({ AccountId, Name })),
      );
      if (!got.ok) {
        s.item(
          {
            resourceType: 'AWS::S3::AccessPoint',
            resourceId: Name,
            resourceName: Name,
            awsRegion: s.region,
            configuration: { name: Name },
          },
          { bucket: got.reason, networkOrigin: got.reason, publicAccessBlock: got.reason },
        );
        return;
      }
      const a = got.value;
      const block = a.PublicAccessBlockConfiguration;
      s.item({
        resourceType: 'AWS::S3::AccessPoint',
        resourceId: Name,
        resourceName: Name,
        ...(a.AccessPointArn === undefined ? {} : { arn: a.AccessPointArn }),
        awsRegion: s.region,
        configuration: {
          name: a.Name ?? Name,
          bucket: a.Bucket,
          bucketAccountId: a.BucketAccountId ?? null,
          networkOrigin: a.NetworkOrigin,
          vpcConfiguration: a.VpcConfiguration === undefined ? null : { vpcId: a.VpcConfiguration.VpcId },
          publicAccessBlockConfiguration:
            block === undefined
              ? null
              : {
                  blockPublicAcls: block.BlockPublicAcls === true,
                  ignorePublicAcls: block.IgnorePublicAcls === true,
                  blockPublicPolicy: block.BlockPublicPolicy === true,
                  restrictPublicBuckets: block.RestrictPublicBuckets === true,
                },
        },
      });
    }),
  );
  return true;
}
