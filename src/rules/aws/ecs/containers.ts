/** Shared by the ECS task definition rules: only active revisions are judged (as AWS Security Hub does). */
import type { EcsContainer } from '../../../inventory/aws/ecs.js';
import type { AssetOf } from '../../../inventory/types.js';
import { need } from '../../api.js';

/** The reason a task definition is not judged, or undefined when it is active. */
export function inactiveReason(td: AssetOf<'aws.ecs.task-definition'>): string | undefined {
  const status = need(td.config, 'status');
  return status === null || status === 'ACTIVE' ? undefined : `the task definition is ${status}`;
}

/** Container names, for messages. */
export function names(containers: readonly EcsContainer[]): string {
  return containers.map((c) => c.name).join(', ');
}

/** True for a container user that is root: unset (the image default), `root`, uid 0, with or without a group. */
export function runsAsRoot(c: EcsContainer): boolean {
  if (c.user === null) return true;
  const user = c.user.split(':')[0]!.trim();
  return user === '' || user === 'root' || user === '0';
}
