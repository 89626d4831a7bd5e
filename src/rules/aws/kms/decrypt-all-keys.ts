/**
 * Identity policy statements that allow decrypting with every KMS key (FSBP KMS.1, KMS.2): an Allow of
 * `kms:Decrypt` or `kms:ReEncryptFrom` (wildcards and `NotAction` expanded) on a resource that covers
 * every key in every account and region (`*`, `arn:aws:kms:*:*:key/*`, or a `NotResource`).
 */
import {
  asList,
  statementAllowsAction,
  wildcardMatch,
  type PolicyDocument,
} from '../../../inventory/aws/policy.js';

export const BLOCKED_KMS_ACTIONS = ['kms:Decrypt', 'kms:ReEncryptFrom'] as const;

/** Two keys in different accounts and regions: a resource pattern matching both matches every key. */
const PROBES = [
  'arn:aws:kms:us-east-1:111111111111:key/0000aaaa-0000-0000-0000-000000000000',
  'arn:aws:kms:eu-west-3:999999999999:key/ffffeeee-9999-9999-9999-999999999999',
];

function coversEveryKey(resources: string[]): boolean {
  return resources.some((r) => PROBES.every((p) => wildcardMatch(r, p)));
}

/** The statements (by Sid or `#n`) with the actions they allow on every key. */
export function decryptAllKeysStatements(doc: PolicyDocument): { statement: string; actions: string[] }[] {
  const out: { statement: string; actions: string[] }[] = [];
  for (const [i, s] of doc.Statement.entries()) {
    if (s.Effect !== 'Allow') continue;
    const actions = BLOCKED_KMS_ACTIONS.filter((a) => statementAllowsAction(s, a));
    if (actions.length === 0) continue;
    const everyKey = s.NotResource !== undefined || coversEveryKey(asList(s.Resource));
    if (everyKey) out.push({ statement: s.Sid ?? `#${i + 1}`, actions });
  }
  return out;
}
