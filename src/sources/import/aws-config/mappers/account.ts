/**
 * The account-level asset (`aws.account`) every AWS Config file implies. AWS Config does not record
 * account settings such as the root user's MFA or the password policy, so those stay unknown here;
 * other sources (the IAM credential report, live collection) fill them in when merged by uid.
 */
import type { SourceRef } from '../../../../model/asset.js';
import type { MappedCandidate } from './types.js';

export function accountCandidate(accountId: string, source: SourceRef): MappedCandidate | undefined {
  void accountId;
  void source;
  return undefined; // filled in when the aws.account type exists
}
