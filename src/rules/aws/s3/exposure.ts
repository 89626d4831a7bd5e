/**
 * Whether a bucket is public through its ACL or policy, after its own Block Public Access settings —
 * for rules that judge a bucket they reach from another asset (a trail's log bucket). Fields the
 * source could not read make the answer unknown, named after the bucket.
 */
import type { AssetOf } from '../../../inventory/types.js';
import { publicStatements, type PolicyStatement } from '../../../inventory/aws/policy.js';
import { known } from '../../api.js';

/** ACL grantee groups that mean "anyone": everyone on the internet, or anyone with an AWS account. */
export const PUBLIC_ACL_GROUPS: Readonly<Record<string, string>> = {
  'http://acs.amazonaws.com/groups/global/AllUsers': 'AllUsers (everyone)',
  'http://acs.amazonaws.com/groups/global/AuthenticatedUsers': 'AuthenticatedUsers (any AWS account)',
};

export type BucketExposure =
  | { via: 'acl'; grantee: string; permission: string }
  | { via: 'policy'; statement: PolicyStatement; label: string };

/** How the bucket is public, or undefined when it is not (public grants neutralised by its block count as not public). */
export function bucketExposure(bucket: AssetOf<'aws.s3.bucket'>): BucketExposure | undefined {
  const c = bucket.config;
  const acl = known(c.acl, `bucket ${bucket.name} acl`);
  const policy = known(c.policy, `bucket ${bucket.name} policy`);
  const grants = acl.filter((g) => g.granteeType === 'Group' && PUBLIC_ACL_GROUPS[g.grantee] !== undefined);
  const statements = policy === null ? [] : publicStatements(policy);
  if (grants.length === 0 && statements.length === 0) return undefined;
  const pab = known(c.publicAccessBlock, `bucket ${bucket.name} publicAccessBlock`);
  const grant = pab?.ignorePublicAcls === true ? undefined : grants[0];
  if (grant !== undefined)
    return {
      via: 'acl',
      grantee: PUBLIC_ACL_GROUPS[grant.grantee] ?? grant.grantee,
      permission: grant.permission,
    };
  const stmt = pab?.restrictPublicBuckets === true ? undefined : statements[0];
  if (stmt !== undefined)
    return {
      via: 'policy',
      statement: stmt,
      label: stmt.Sid ?? `#${(policy?.Statement.indexOf(stmt) ?? 0) + 1}`,
    };
  return undefined;
}
