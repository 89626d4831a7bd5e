/**
 * Defender for Cloud plan rules: one rule per plan, each judging a subscription's pricings (read live
 * with `pricings/list`). A plan on the `Free` tier, or missing from the list, is off.
 */
import { defineRule, need, type AnyRule } from '../../api.js';

export interface DefenderPlan {
  id: string;
  /** The pricing name ARM uses, e.g. `VirtualMachines`. */
  plan: string;
  /** The product name people use, e.g. `Servers`. */
  product: string;
  /** What the plan protects and detects, for the description. */
  protects: string;
}

/**
 * @example export const rule = defenderPlanRule({ id: 'azure-defender-servers-on', plan: 'VirtualMachines', product: 'Servers', protects: '...' });
 */
export function defenderPlanRule(p: DefenderPlan): AnyRule {
  return defineRule({
    id: p.id,
    title: `Microsoft Defender for ${p.product} is on`,
    description:
      `Defender for ${p.product} ${p.protects} Without the plan (the ${p.plan} pricing on the Standard ` +
      'tier) these threats go unnoticed in the subscription. The plan is read from Defender for ' +
      "Cloud's pricings; when they could not be read, the result is unknown.",
    severity: 'medium',
    category: 'logging',
    aspects: ['logging'],
    assetTypes: ['azure.subscription'],
    messages: {
      off: `Subscription {{name}} has Defender for ${p.product} ({{plan}}) on the {{tier}} tier`,
      missing: `Subscription {{name}} has no Defender for ${p.product} ({{plan}}) pricing`,
    },
    remediation: {
      text: `Turn on Defender for ${p.product} (Defender for Cloud > Environment settings > the subscription > Defender plans), or set the ${p.plan} pricing to Standard.`,
      cli: `az security pricing create --name ${p.plan} --tier Standard`,
      terraform: `resource "azurerm_security_center_subscription_pricing" "${p.plan.toLowerCase()}" {\n  tier          = "Standard"\n  resource_type = "${p.plan}"\n}`,
    },
    references: [
      'https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-cloud-introduction',
    ],
    check(subscription, ctx) {
      const plans = need(subscription.config, 'defenderPlans');
      const found = plans.find((x) => x.name.toLowerCase() === p.plan.toLowerCase());
      if (found === undefined) return ctx.fail('missing', { name: subscription.name, plan: p.plan });
      if (found.tier.toLowerCase() !== 'standard')
        return ctx.fail('off', { name: subscription.name, plan: p.plan, tier: found.tier }, { plan: found });
      return ctx.pass({ plan: found });
    },
  });
}
