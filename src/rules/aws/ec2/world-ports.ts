/**
 * The shared check of the "no public <port>" security group rules: which of the given ports the
 * internet can reach, rendered for the rule's message. Not a rule itself (no `rule` export).
 */
import { worldExposedPorts } from '../../../inventory/aws/ingress.js';
import { portLabel } from '../../../inventory/net.js';
import type { AssetOf } from '../../../inventory/types.js';
import { need, type RuleContext, type Verdict } from '../../api.js';

/** Message template the port rules share: name, ports, sources and the rule that opens them. */
export const WORLD_PORTS_MESSAGE =
  'Security group {{name}} allows inbound {{ports}} from {{sources}} (rule {{protocol}} {{range}})';

/**
 * Pass when none of `ports` is reachable from 0.0.0.0/0 or ::/0 over `protocols` (or `all`); otherwise
 * fail naming the ports, the world-open sources and the first rule that opens them.
 */
export function worldPortsVerdict<M extends string>(
  sg: AssetOf<'aws.ec2.security-group'>,
  ctx: RuleContext<M>,
  messageId: M,
  ports: readonly number[],
  protocols: readonly string[] = ['tcp'],
): Verdict<M> {
  const exposed = worldExposedPorts(need(sg.config, 'ingress'), ports, protocols);
  const first = exposed[0];
  if (first === undefined) return ctx.pass();
  const uniq = (xs: string[]) => [...new Set(xs)].join(', ');
  return ctx.fail(
    messageId,
    {
      name: sg.name,
      ports: uniq(exposed.map((e) => portLabel(e.port))),
      sources: uniq(exposed.map((e) => e.source)),
      protocol: first.protocol,
      range: first.range,
    },
    { exposed },
  );
}
