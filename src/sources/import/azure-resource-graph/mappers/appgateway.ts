/** microsoft.network/applicationgateways and their WAF policies (applicationgatewaywebapplicationfirewallpolicies). */
import {
  baseFromRow,
  configFromProperties,
  lowerId,
  mapKnown,
  pick,
  type FieldReaders,
  type RowMapper,
} from './types.js';

const GATEWAY_FIELDS: FieldReaders = {
  skuTier: (p) => p.req('sku.tier'),
  wafConfigurationEnabled: (p) => p.opt('webApplicationFirewallConfiguration.enabled'),
  firewallPolicyId: (p) => mapKnown(p.opt('firewallPolicy.id'), lowerId),
  sslPolicyType: (p) => p.opt('sslPolicy.policyType'),
  sslPolicyName: (p) => p.opt('sslPolicy.policyName'),
  sslMinProtocolVersion: (p) => p.opt('sslPolicy.minProtocolVersion'),
  http2Enabled: (p) => p.opt('enableHttp2'),
};

export const mapApplicationGateway: RowMapper = (row, source) => [
  {
    type: 'azure.network.application-gateway',
    candidate: {
      ...baseFromRow(row, source),
      config: configFromProperties(
        row,
        ['provisioningState', 'resourceGuid', 'operationalState'],
        GATEWAY_FIELDS,
      ),
    },
  },
];

const POLICY_FIELDS: FieldReaders = {
  state: (p) => p.opt('policySettings.state'),
  mode: (p) => p.opt('policySettings.mode'),
  requestBodyCheck: (p) => p.opt('policySettings.requestBodyCheck'),
  managedRuleSets: (p) =>
    mapKnown(p.opt('managedRules.managedRuleSets', []), (v) =>
      Array.isArray(v)
        ? v.map((s: unknown) => `${String(pick(s, 'ruleSetType'))} ${String(pick(s, 'ruleSetVersion'))}`)
        : v,
    ),
};

export const mapWafPolicy: RowMapper = (row, source) => [
  {
    type: 'azure.network.waf-policy',
    candidate: {
      ...baseFromRow(row, source),
      config: configFromProperties(
        row,
        ['provisioningState', 'policySettings', 'resourceState'],
        POLICY_FIELDS,
      ),
    },
  },
];
