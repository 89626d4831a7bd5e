/**
 * Northwind Freight on AWS: three accounts (production, staging, security/shared services), each
 * recorded by AWS Config in two regions, plus each account's IAM credential report. The deliberate
 * misconfigurations are commented where they are made; README.md lists them.
 */
import { prod } from './prod.js';
import { security } from './security.js';
import type { AwsCredentialReport, AwsRegionExport } from './shared.js';
import { staging } from './staging.js';

export type { AwsCredentialReport, AwsRegionExport } from './shared.js';

export function awsEstate(): { regions: AwsRegionExport[]; reports: AwsCredentialReport[] } {
  const parts = [prod(), staging(), security()];
  return { regions: parts.flatMap((p) => p.regions), reports: parts.map((p) => p.report) };
}
