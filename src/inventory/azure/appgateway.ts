/** Azure Application Gateways and their Web Application Firewall policies. */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

export const applicationGateway = defineAssetType({
  type: 'azure.network.application-gateway',
  provider: 'azure',
  title: 'Application Gateway',
  config: z.object({
    /** `Standard`, `WAF`, `Standard_v2`, `WAF_v2`. */
    skuTier: maybe(z.string().nullable()),
    /** The legacy in-gateway WAF configuration's `enabled`; null when the gateway has none. */
    wafConfigurationEnabled: maybe(z.boolean().nullable()),
    /** The associated WAF policy (lower-case id); null when none. */
    firewallPolicyId: maybe(z.string().nullable()),
    /** `Predefined`, `Custom`, `CustomV2`; null when no SSL policy is set (the platform default applies). */
    sslPolicyType: maybe(z.string().nullable()),
    /** e.g. `AppGwSslPolicy20220101S`; null when not predefined. */
    sslPolicyName: maybe(z.string().nullable()),
    /** `TLSv1_0` ... `TLSv1_3`; null when not set. */
    sslMinProtocolVersion: maybe(z.string().nullable()),
    /** HTTP/2 for clients; null when not set (off). */
    http2Enabled: maybe(z.boolean().nullable()),
  }),
});

export const wafPolicy = defineAssetType({
  type: 'azure.network.waf-policy',
  provider: 'azure',
  title: 'Application Gateway WAF policy',
  config: z.object({
    /** `Enabled` or `Disabled`. */
    state: maybe(z.string().nullable()),
    /** `Prevention` or `Detection`. */
    mode: maybe(z.string().nullable()),
    /** Request body inspection; null when not set (on by default). */
    requestBodyCheck: maybe(z.boolean().nullable()),
    /** Managed rule sets, e.g. `OWASP 3.2`, `Microsoft_BotManagerRuleSet 1.0`. */
    managedRuleSets: maybe(z.array(z.string())),
  }),
});

/** Predefined SSL policies whose minimum protocol is TLS 1.2 or later. */
export const TLS12_PREDEFINED_POLICIES = new Set([
  'appgwsslpolicy20170401s',
  'appgwsslpolicy20220101',
  'appgwsslpolicy20220101s',
]);
