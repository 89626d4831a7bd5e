/**
 * DMS.7 / DMS.8: a replication task logs the named components (source or target side) at
 * LOGGER_SEVERITY_DEFAULT or more detail, with task logging on.
 */
import type { AssetOf } from '../../../inventory/types.js';
import { need, type RuleContext, type Verdict } from '../../api.js';

/** Severities that record at least what LOGGER_SEVERITY_DEFAULT does. */
const ENOUGH = new Set([
  'LOGGER_SEVERITY_DEFAULT',
  'LOGGER_SEVERITY_DEBUG',
  'LOGGER_SEVERITY_DETAILED_DEBUG',
]);

export function taskLoggingVerdict(
  task: AssetOf<'aws.dms.replication-task'>,
  ctx: RuleContext<'off' | 'low'>,
  components: readonly string[],
): Verdict<'off' | 'low'> {
  if (!need(task.config, 'loggingEnabled')) return ctx.fail('off', { name: task.name });
  const levels = need(task.config, 'logComponents');
  const short = components.filter((c) => !ENOUGH.has(levels[c] ?? ''));
  if (short.length === 0) return ctx.pass({ logComponents: levels });
  return ctx.fail('low', {
    name: task.name,
    components: short.map((c) => `${c} (${levels[c] ?? 'not set'})`).join(', '),
  });
}
