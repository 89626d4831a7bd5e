/**
 * Amazon Macie in one region (FSBP Macie.1), which AWS Config does not record as a setting:
 * GetMacieSession gives the session's status (ENABLED or PAUSED). Where Macie was never enabled (or
 * was disabled) the call answers AccessDeniedException "Macie is not enabled." — a known "off", told
 * apart from a denied permission by its message; any other failure is a gap.
 */
import { GetMacieSessionCommand, Macie2Client } from '@aws-sdk/client-macie2';
import type { CallFailure } from '../runtime.js';
import type { RegionScope } from '../scope.js';
import type { Switch } from './services.js';

/** Macie's answer where the account has no Macie session in the region. */
export function macieNotEnabled(f: CallFailure): boolean {
  return f.code === 'AccessDeniedException' && /macie is not enabled/i.test(f.message);
}

/** True when Macie is enabled (not paused) in the region. */
export async function macieEnabled(s: RegionScope): Promise<Switch> {
  const client = s.client('macie2', (c) => new Macie2Client(c));
  const o = await s.call('macie2', 'GetMacieSession', () => client.send(new GetMacieSessionCommand({})), {
    quiet: macieNotEnabled,
  });
  if (o.ok) return o.value.status === 'ENABLED';
  return macieNotEnabled(o.failure) ? false : { reason: o.reason };
}
