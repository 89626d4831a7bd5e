/**
 * CloudTrail in one region: the trails whose home is this region (a multi-region trail is one asset,
 * as AWS Config records it), with what Config lacks — whether each is logging (GetTrailStatus) and
 * which management events its selectors record (GetEventSelectors).
 */
import {
  CloudTrailClient,
  DescribeTrailsCommand,
  GetEventSelectorsCommand,
  GetTrailStatusCommand,
  type GetEventSelectorsCommandOutput,
} from '@aws-sdk/client-cloudtrail';
import { unknown } from '../../../../model/unknown.js';
import type { RegionScope } from '../scope.js';
import { configRecord } from '../shape.js';

type Mgmt = 'all' | 'read-only' | 'write-only' | 'none';

/** What management events the selectors record. */
export function managementEventsOf(
  out: Pick<GetEventSelectorsCommandOutput, 'EventSelectors' | 'AdvancedEventSelectors'>,
): Mgmt {
  const kinds = new Set<string>();
  for (const sel of out.EventSelectors ?? []) {
    if (sel.IncludeManagementEvents === false) continue;
    kinds.add(sel.ReadWriteType ?? 'All');
  }
  for (const adv of out.AdvancedEventSelectors ?? []) {
    const fields = adv.FieldSelectors ?? [];
    const category = fields.find((f) => f.Field === 'eventCategory');
    if (!(category?.Equals ?? []).includes('Management')) continue;
    const ro = fields.find((f) => f.Field === 'readOnly');
    if (ro === undefined) kinds.add('All');
    else if ((ro.Equals ?? []).includes('true')) kinds.add('ReadOnly');
    else kinds.add('WriteOnly');
  }
  if (kinds.has('All') || (kinds.has('ReadOnly') && kinds.has('WriteOnly'))) return 'all';
  if (kinds.has('ReadOnly')) return 'read-only';
  if (kinds.has('WriteOnly')) return 'write-only';
  return 'none';
}

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
          if (selectors !== undefined)
            config.managementEvents = selectors.ok
              ? managementEventsOf(selectors.value)
              : unknown(selectors.reason);
        },
      );
    }),
  );
  return true;
}
