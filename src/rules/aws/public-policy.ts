/**
 * The public statement of a resource policy, for the "not public" rules of resource types with
 * policies (Lambda functions, SNS topics, SQS queues, event buses): what to name in the message.
 */
import {
  asList,
  publicStatements,
  type PolicyDocument,
  type PolicyStatement,
} from '../../inventory/aws/policy.js';

export interface PublicGrant {
  statement: PolicyStatement;
  /** `lambda:InvokeFunction`, or `all but x` for a NotAction statement. */
  actions: string;
  /** The statement's Sid, or `#n` (its position). */
  label: string;
  all: PolicyStatement[];
}

/** The first statement of `policy` that anyone can use, or undefined (also for no policy). */
export function firstPublicGrant(policy: PolicyDocument | null): PublicGrant | undefined {
  if (policy === null) return undefined;
  const all = publicStatements(policy);
  const statement = all[0];
  if (statement === undefined) return undefined;
  const actions = asList(statement.Action);
  return {
    statement,
    actions: actions.length > 0 ? actions.join(', ') : `all but ${asList(statement.NotAction).join(', ')}`,
    label: statement.Sid ?? `#${policy.Statement.indexOf(statement) + 1}`,
    all,
  };
}
