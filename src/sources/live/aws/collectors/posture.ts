/**
 * Account posture AWS Config does not record: the GuardDuty detector of a region with the protection
 * plans it runs (GetDetector Features), whether the root user's MFA is a virtual device
 * (ListVirtualMFADevices), and whether a security contact is registered (account:GetAlternateContact).
 * "Not there" answers are a known value; other failures are gaps.
 */
import { AccountClient, GetAlternateContactCommand } from '@aws-sdk/client-account';
import { GetDetectorCommand, GuardDutyClient, paginateListDetectors } from '@aws-sdk/client-guardduty';
import { IAMClient, paginateListVirtualMFADevices } from '@aws-sdk/client-iam';
import type { RegionScope } from '../scope.js';

/** A detector's state: on/off and its enabled protection plans, or the reason it could not be read. */
export type DetectorState = { enabled: boolean; features: string[] } | { reason: string };

/** The region's GuardDuty detector: enabled when one detector is ENABLED; its enabled features. */
export async function guardDutyDetector(s: RegionScope): Promise<DetectorState> {
  const client = s.client('guardduty', (c) => new GuardDutyClient(c));
  const ids = await s.call('guardduty', 'ListDetectors', async () => {
    const out: string[] = [];
    for await (const page of paginateListDetectors({ client }, {})) out.push(...(page.DetectorIds ?? []));
    return out;
  });
  if (!ids.ok) return { reason: ids.reason };
  for (const DetectorId of ids.value) {
    const d = await s.call('guardduty', 'GetDetector', () =>
      client.send(new GetDetectorCommand({ DetectorId })),
    );
    if (!d.ok) return { reason: d.reason };
    if (d.value.Status !== 'ENABLED') continue;
    const features = new Set(
      (d.value.Features ?? []).filter((f) => f.Status === 'ENABLED').map((f) => f.Name ?? ''),
    );
    // Detectors configured before protection plans became "features" report S3 logs as a data source.
    if (d.value.DataSources?.S3Logs?.Status === 'ENABLED') features.add('S3_DATA_EVENTS');
    features.delete('');
    return { enabled: true, features: [...features].sort() };
  }
  return { enabled: false, features: [] };
}

/** True when a virtual MFA device is assigned to the root user. */
export async function rootVirtualMfa(s: RegionScope): Promise<boolean | { reason: string }> {
  const client = s.client('iam', (c) => new IAMClient(c));
  const o = await s.call('iam', 'ListVirtualMFADevices', async () => {
    for await (const page of paginateListVirtualMFADevices({ client }, { AssignmentStatus: 'Assigned' }))
      for (const d of page.VirtualMFADevices ?? [])
        if (
          (d.User?.Arn ?? '').endsWith(':root') ||
          (d.SerialNumber ?? '').endsWith(':mfa/root-account-mfa-device')
        )
          return true;
    return false;
  });
  return o.ok ? o.value : { reason: o.reason };
}

/** True when the account has a SECURITY alternate contact; false when it has none. */
export async function securityContact(s: RegionScope): Promise<boolean | { reason: string }> {
  const client = s.client('account', (c) => new AccountClient(c));
  const none = (code: string) => code === 'ResourceNotFoundException';
  const o = await s.call(
    'account',
    'GetAlternateContact',
    () => client.send(new GetAlternateContactCommand({ AlternateContactType: 'SECURITY' })),
    { quiet: (f) => none(f.code) },
  );
  if (o.ok) return o.value.AlternateContact?.EmailAddress !== undefined;
  return none(o.failure.code) ? false : { reason: o.reason };
}
