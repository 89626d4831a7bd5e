/** Stable finding ids: the same rule on the same resource has the same id in every scan and store. */
import { hash } from 'node:crypto';

/** @example findingId('aws-s3-bucket-not-public', 'arn:aws:s3:::b') // '3f1c…' (24 hex chars) */
export function findingId(ruleId: string, uid: string): string {
  return hash('sha256', `${ruleId}\n${uid}`, 'hex').slice(0, 24);
}
