/**
 * The shared check of the "no public <port>" firewall rules: which of the given TCP ports an enabled
 * INGRESS allow rule opens to 0.0.0.0/0 or ::/0, rendered for the rule's message. Not a rule itself
 * (no `rule` export). Deny rules of higher priority are not weighed here: an allow rule open to the
 * world is a finding on its own.
 */
import { isUnknown } from '../../../model/unknown.js';
import { entryLabel, publicTcpExposure } from '../../../inventory/gcp/firewall.js';
import { portLabel } from '../../../inventory/net.js';
import type { AssetOf } from '../../../inventory/types.js';
import { need, type RuleContext, type Verdict } from '../../api.js';

/** Message template the port rules share. */
export const PUBLIC_INGRESS_MESSAGE =
  'Firewall rule {{name}} allows {{ports}} from {{sources}} to {{targets}}';

/** Which instances a rule applies to, for messages; never needed for the verdict itself. */
function targetsOf(fw: AssetOf<'gcp.compute.firewall'>): string {
  const tags = fw.config.targetTags;
  const accounts = fw.config.targetServiceAccounts;
  if (isUnknown(tags) || isUnknown(accounts)) return 'its target instances';
  if (tags.length > 0) return `instances tagged ${tags.join(', ')}`;
  if (accounts.length > 0) return `instances running as ${accounts.join(', ')}`;
  return 'every instance in the network';
}

/**
 * Not applicable to EGRESS and deny rules; pass for disabled rules and rules that open none of
 * `ports` to the world; otherwise fail naming the ports, the world sources and the targets.
 */
export function publicIngressVerdict<M extends string>(
  fw: AssetOf<'gcp.compute.firewall'>,
  ctx: RuleContext<M>,
  messageId: M,
  ports: readonly number[],
): Verdict<M> {
  if (need(fw.config, 'direction') !== 'INGRESS') return ctx.notApplicable('egress rule');
  const allowed = need(fw.config, 'allowed');
  if (allowed.length === 0) return ctx.notApplicable('deny rule');
  if (need(fw.config, 'disabled')) return ctx.pass(undefined, 'the rule is disabled');
  const exposure = publicTcpExposure(need(fw.config, 'sourceRanges'), allowed, ports);
  if (exposure === undefined) return ctx.pass();
  return ctx.fail(
    messageId,
    {
      name: fw.name,
      ports: exposure.ports.map(portLabel).join(', '),
      sources: exposure.sources.join(', '),
      targets: targetsOf(fw),
    },
    { sources: exposure.sources, ports: exposure.ports, allowed: exposure.entries.map(entryLabel) },
  );
}
