/**
 * Test support: recordings for the core-service calls added after the first estate (root virtual MFA,
 * the security contact, ...), kept apart from `estate.ts` so that file stays small to merge. The
 * estate's answers: the root user's MFA is a virtual device; no security contact is registered.
 */
import type { Recording } from './replay-server.js';

const ACCOUNT = '111122223333';

export function coreEstateRecordings(): Recording[] {
  return [
    {
      service: 'iam',
      operation: 'ListVirtualMFADevices',
      output: {
        VirtualMFADevices: [
          {
            SerialNumber: `arn:aws:iam::${ACCOUNT}:mfa/root-account-mfa-device`,
            User: {
              Arn: `arn:aws:iam::${ACCOUNT}:root`,
              UserId: ACCOUNT,
              UserName: '<root_account>',
              Path: '/',
              CreateDate: new Date('2020-01-01T00:00:00Z'),
            },
            EnableDate: new Date('2020-01-01T00:00:00Z'),
          },
        ],
        IsTruncated: false,
      },
    },
    {
      service: 'account',
      operation: 'GetAlternateContact',
      error: {
        status: 404,
        code: 'ResourceNotFoundException',
        message: 'No contact of the inputted alternate contact type found.',
      },
    },
  ];
}
