/**
 * CloudTrail in one region: the trails whose home is this region (a multi-region trail is one asset,
 * as AWS Config records it), with what Config lacks — whether each is logging (GetTrailStatus) and
 * which management and S3 object data events its selectors record (GetEventSelectors).
 */
import {
  CloudTrailClient,
  DescribeTrailsCommand,
  GetEventSelectorsCommand,
  GetTrailStatusCommand,
} from '@aws-sdk/client-cloudtrail';
import { managementEventsOf, s3ObjectEventsOf } from '../../../../inventory/aws/trail-selectors.js';
import { unknown } from '../../../../model/unknown.js';
import type { RegionScope } from '../scope.js';
import { configRecord } from '../shape.js';

/** True when every trail homed in the region was listed. */
export async function collectCloudTrail(s: RegionScope): Promise<boolean> {
  const client = s.client('cloudtrail', (c) => new CloudTrailClient(c));
  const listed = await s.call('cloudtrail', 'DescribeTrails', () =>
    client.send(new DescribeTrailsCommand({ includeShadowTrails: false })),
  );
  if (!listed.ok) return false;
  await Promise.all(
    (listed.value.trailList ?? []).map(async (t) => {
      const Name = t.TrailARN ?? t.Name ?? '';
      const [status, selectors] = await Promise.all([
        s.call('cloudtrail', 'GetTrailStatus', () => client.send(new GetTrailStatusCommand({ Name }))),
        t.HasCustomEventSelectors === true
          ? s.call('cloudtrail', 'GetEventSelectors', () =>
              client.send(new GetEventSelectorsCommand({ TrailName: Name })),
            )
          : undefined,
      ]);
      const before = { ...configRecord(t), hasCustomEventSelectors: t.HasCustomEventSelectors === true };
      // Recorded like AWS Config does (it has no logging status); the live fields are set after mapping.
      s.item(
        {
          resourceType: 'AWS::CloudTrail::Trail',
          resourceId: t.Name ?? Name,
          resourceName: t.Name ?? Name,
          ...(t.TrailARN === undefined ? {} : { arn: t.TrailARN }),
          awsRegion: s.region,
          configuration: before,
        },
        {},
        (config) => {
          config.isLogging = status.ok ? status.value.IsLogging === true : unknown(status.reason);
          // Without custom selectors a trail logs every management event and no data event.
          if (selectors === undefined) config.s3ObjectEvents = [];
          else if (selectors.ok) {
            config.managementEvents = managementEventsOf(selectors.value);
            config.s3ObjectEvents = s3ObjectEventsOf(selectors.value);
          } else {
            config.managementEvents = unknown(selectors.reason);
            config.s3ObjectEvents = unknown(selectors.reason);
          }
        },
      );
    }),
  );
  return true;
}
