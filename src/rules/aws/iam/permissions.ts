/**
 * What gives an IAM identity full administrator access: the AWS managed AdministratorAccess policy, or
 * any attached customer managed or inline policy with an Allow of every action on every resource.
 * Shared by the user and role rules. Permissions through IAM groups are not followed (no group assets).
 */
import { UnknownFieldError } from '../../../model/errors.js';
import { isUnknown, type Maybe } from '../../../model/unknown.js';
import {
  documentGrantsFullAdmin,
  isAwsManagedPolicyArn,
  isFullAdminManagedPolicyArn,
  type PolicyDocument,
} from '../../../inventory/aws/policy.js';
import type { AssetOf } from '../../../inventory/types.js';

export interface PermissionFields {
  attachedPolicyArns: Maybe<string[]>;
  inlinePolicies: Maybe<{ name: string; document: PolicyDocument }[]>;
}

/**
 * The policies that give full admin, e.g. `['AWS managed policy AdministratorAccess', 'inline policy ops']`.
 * Throws UnknownFieldError when none is proven and something needed could not be read (a field the
 * source lacks, or an attached customer managed policy missing from the inventory).
 */
export function fullAdminGrants(
  config: PermissionFields,
  customerPolicies: readonly AssetOf<'aws.iam.policy'>[],
): string[] {
  const grants: string[] = [];
  let gap: UnknownFieldError | undefined;
  const noteGap = (field: string, reason: string) => {
    gap ??= new UnknownFieldError(field, reason);
  };

  if (isUnknown(config.attachedPolicyArns)) {
    noteGap('attachedPolicyArns', config.attachedPolicyArns.$unknown);
  } else {
    for (const arn of config.attachedPolicyArns) {
      if (isFullAdminManagedPolicyArn(arn)) grants.push('AWS managed policy AdministratorAccess');
      // Other AWS managed policies are scoped to services; none allows every action on every resource.
      if (isAwsManagedPolicyArn(arn)) continue;
      const policy = customerPolicies.find((p) => p.uid === arn);
      if (policy === undefined) {
        noteGap('attachedPolicyArns', `the attached policy ${arn} is not in the inventory`);
        continue;
      }
      const doc = policy.config.document;
      if (isUnknown(doc)) noteGap('attachedPolicyArns', `policy ${policy.name}: ${doc.$unknown}`);
      else if (documentGrantsFullAdmin(doc)) grants.push(`policy ${policy.name}`);
    }
  }

  if (isUnknown(config.inlinePolicies)) {
    noteGap('inlinePolicies', config.inlinePolicies.$unknown);
  } else {
    for (const p of config.inlinePolicies)
      if (documentGrantsFullAdmin(p.document)) grants.push(`inline policy ${p.name}`);
  }

  if (grants.length === 0 && gap !== undefined) throw gap;
  return grants;
}
