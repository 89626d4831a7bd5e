/**
 * Test support: GetMacieSession answers for the estate. Macie is enabled in eu-west-1; every other
 * region answers as AWS does where Macie was never enabled: AccessDeniedException "Macie is not enabled."
 */
import { REGION } from './estate.js';
import type { Recording } from './replay-server.js';

export function macieRecordings(): Recording[] {
  return [
    {
      service: 'macie2',
      operation: 'GetMacieSession',
      region: REGION,
      output: {
        status: 'ENABLED',
        findingPublishingFrequency: 'FIFTEEN_MINUTES',
        serviceRole:
          'arn:aws:iam::111122223333:role/aws-service-role/macie.amazonaws.com/AWSServiceRoleForAmazonMacie',
        createdAt: new Date('2025-01-01T00:00:00Z'),
        updatedAt: new Date('2025-01-01T00:00:00Z'),
      },
    },
    {
      service: 'macie2',
      operation: 'GetMacieSession',
      error: { status: 403, code: 'AccessDeniedException', message: 'Macie is not enabled.' },
    },
  ];
}
