/**
 * Test support: recorded WAFv2, WAF Classic and Network Firewall responses of the replayed estate
 * (account 111122223333; regional resources in eu-west-1, CloudFront-scoped WAFv2 and global WAF
 * Classic in us-east-1), as the SDK returns them. `fixtures/firewall-config-snapshot.json` describes
 * the same resources as AWS Config exports them (without logging configurations and web ACL
 * associations, which AWS Config does not record).
 */
import type { Recording } from './replay-server.js';

const ACCOUNT = '111122223333';
const REGION = 'eu-west-1';
const HOME = 'us-east-1';
export const SHOP_LB_ARN = `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:loadbalancer/app/shop/50dc6c495c0c9188`;
export const SHOP_ACL_ARN = `arn:aws:wafv2:${REGION}:${ACCOUNT}:regional/webacl/shop-acl/11111111-aaaa-4bbb-8ccc-000000000001`;
const EMPTY_ACL_ARN = `arn:aws:wafv2:${REGION}:${ACCOUNT}:regional/webacl/empty-acl/11111111-aaaa-4bbb-8ccc-000000000002`;
const CDN_ACL_ARN = `arn:aws:wafv2:${HOME}:${ACCOUNT}:global/webacl/cdn-acl/11111111-aaaa-4bbb-8ccc-000000000003`;
const BOTS_ARN = `arn:aws:wafv2:${REGION}:${ACCOUNT}:regional/rulegroup/bots/11111111-aaaa-4bbb-8ccc-000000000004`;
const FIREWALL_ARN = `arn:aws:network-firewall:${REGION}:${ACCOUNT}:firewall/egress`;
const POLICY_ARN = `arn:aws:network-firewall:${REGION}:${ACCOUNT}:firewall-policy/egress-policy`;
const BLOCK_LIST_ARN = `arn:aws:network-firewall:${REGION}:${ACCOUNT}:stateless-rulegroup/block-list`;

const visibility = (name: string, metrics = true) => ({
  SampledRequestsEnabled: true,
  CloudWatchMetricsEnabled: metrics,
  MetricName: name,
});
const managedRule = (name: string, metrics = true) => ({
  Name: name,
  Priority: 1,
  Statement: { ManagedRuleGroupStatement: { VendorName: 'AWS', Name: 'AWSManagedRulesCommonRuleSet' } },
  OverrideAction: { None: {} },
  VisibilityConfig: visibility(name, metrics),
});
const webAcl = (name: string, arn: string, rules: unknown[]) => ({
  Name: name,
  Id: arn.split('/').pop(),
  ARN: arn,
  DefaultAction: { Allow: {} },
  Rules: rules,
  VisibilityConfig: visibility(name),
  Capacity: rules.length * 700,
  ManagedByFirewallManager: false,
  LabelNamespace: `awswaf:${ACCOUNT}:webacl:${name}:`,
});
const summary = (arn: string) => ({
  Name: arn.split('/').at(-2),
  Id: arn.split('/').pop(),
  ARN: arn,
  LockToken: 'lock',
});
const scoped = (scope: string) => (p: Record<string, unknown>) => p.Scope === scope;

/** The recordings (region-specific; place them before the estate's catch-all answers). */
export function firewallRecordings(): Recording[] {
  const r = REGION;
  return [
    // WAFv2, regional: two pages of web ACLs; shop-acl logs and protects the shop ALB, empty-acl neither.
    {
      service: 'wafv2',
      operation: 'ListWebACLs',
      region: r,
      when: (p) => p.Scope === 'REGIONAL' && p.NextMarker === undefined,
      output: { WebACLs: [summary(SHOP_ACL_ARN)], NextMarker: 'page-2' },
    },
    {
      service: 'wafv2',
      operation: 'ListWebACLs',
      region: r,
      when: (p) => p.Scope === 'REGIONAL' && p.NextMarker === 'page-2',
      output: { WebACLs: [summary(EMPTY_ACL_ARN)] },
    },
    {
      service: 'wafv2',
      operation: 'GetWebACL',
      region: r,
      when: (p) => p.Name === 'shop-acl',
      output: { WebACL: webAcl('shop-acl', SHOP_ACL_ARN, [managedRule('common')]), LockToken: 'lock' },
    },
    {
      service: 'wafv2',
      operation: 'GetWebACL',
      region: r,
      when: (p) => p.Name === 'empty-acl',
      output: { WebACL: webAcl('empty-acl', EMPTY_ACL_ARN, []), LockToken: 'lock' },
    },
    {
      service: 'wafv2',
      operation: 'ListLoggingConfigurations',
      region: r,
      when: scoped('REGIONAL'),
      output: {
        LoggingConfigurations: [
          {
            ResourceArn: SHOP_ACL_ARN,
            LogDestinationConfigs: [`arn:aws:logs:${r}:${ACCOUNT}:log-group:aws-waf-logs-shop`],
          },
        ],
      },
    },
    {
      service: 'wafv2',
      operation: 'ListResourcesForWebACL',
      region: r,
      when: (p) => p.WebACLArn === SHOP_ACL_ARN && p.ResourceType === 'APPLICATION_LOAD_BALANCER',
      output: { ResourceArns: [SHOP_LB_ARN] },
    },
    { service: 'wafv2', operation: 'ListResourcesForWebACL', region: r, output: { ResourceArns: [] } },
    {
      service: 'wafv2',
      operation: 'ListRuleGroups',
      region: r,
      when: scoped('REGIONAL'),
      output: { RuleGroups: [summary(BOTS_ARN)] },
    },
    // The rule group read is throttled once, then answered.
    {
      service: 'wafv2',
      operation: 'GetRuleGroup',
      region: r,
      times: 1,
      error: { status: 400, code: 'ThrottlingException', message: 'Rate exceeded' },
    },
    {
      service: 'wafv2',
      operation: 'GetRuleGroup',
      region: r,
      output: {
        RuleGroup: {
          Name: 'bots',
          Id: BOTS_ARN.split('/').pop(),
          ARN: BOTS_ARN,
          Capacity: 10,
          VisibilityConfig: visibility('bots'),
          Rules: [{ ...managedRule('block-bad-bots', false), Statement: {}, OverrideAction: undefined }],
        },
        LockToken: 'lock',
      },
    },
    // WAFv2, CloudFront scope (us-east-1): one web ACL, not logging.
    {
      service: 'wafv2',
      operation: 'ListWebACLs',
      region: HOME,
      when: scoped('CLOUDFRONT'),
      output: { WebACLs: [summary(CDN_ACL_ARN)] },
    },
    {
      service: 'wafv2',
      operation: 'GetWebACL',
      region: HOME,
      when: (p) => p.Scope === 'CLOUDFRONT',
      output: { WebACL: webAcl('cdn-acl', CDN_ACL_ARN, [managedRule('common')]), LockToken: 'lock' },
    },
    // WAF Classic, global (us-east-1): a web ACL with no rules and no logging, a rule with no conditions.
    {
      service: 'waf',
      operation: 'ListWebACLs',
      region: HOME,
      output: { WebACLs: [{ WebACLId: 'legacy-cdn-0001', Name: 'legacy-cdn' }] },
    },
    {
      service: 'waf',
      operation: 'GetWebACL',
      region: HOME,
      output: {
        WebACL: {
          WebACLId: 'legacy-cdn-0001',
          Name: 'legacy-cdn',
          MetricName: 'legacycdn',
          DefaultAction: { Type: 'ALLOW' },
          Rules: [],
          WebACLArn: `arn:aws:waf::${ACCOUNT}:webacl/legacy-cdn-0001`,
        },
      },
    },
    {
      service: 'waf',
      operation: 'ListRules',
      region: HOME,
      output: { Rules: [{ RuleId: 'empty-rule-0001', Name: 'empty-rule' }] },
    },
    {
      service: 'waf',
      operation: 'GetRule',
      region: HOME,
      output: {
        Rule: { RuleId: 'empty-rule-0001', Name: 'empty-rule', MetricName: 'emptyrule', Predicates: [] },
      },
    },
    // WAF Classic, global: a rule group with no rules.
    {
      service: 'waf',
      operation: 'ListRuleGroups',
      region: HOME,
      output: { RuleGroups: [{ RuleGroupId: 'empty-group-0001', Name: 'empty-group' }] },
    },
    {
      service: 'waf',
      operation: 'ListActivatedRulesInRuleGroup',
      region: HOME,
      output: { ActivatedRules: [] },
    },
    // WAF Classic, regional (eu-west-1): a web ACL with one rule (protecting no load balancer), the rule
    // with one condition, and a rule group with one activated rule.
    {
      service: 'waf-regional',
      operation: 'ListWebACLs',
      region: r,
      output: { WebACLs: [{ WebACLId: 'legacy-alb-0001', Name: 'legacy-alb' }] },
    },
    {
      service: 'waf-regional',
      operation: 'GetWebACL',
      region: r,
      output: {
        WebACL: {
          WebACLId: 'legacy-alb-0001',
          Name: 'legacy-alb',
          MetricName: 'legacyalb',
          DefaultAction: { Type: 'ALLOW' },
          Rules: [{ Priority: 1, RuleId: 'blocked-ips-0001', Action: { Type: 'BLOCK' }, Type: 'REGULAR' }],
          WebACLArn: `arn:aws:waf-regional:${r}:${ACCOUNT}:webacl/legacy-alb-0001`,
        },
      },
    },
    {
      service: 'waf-regional',
      operation: 'ListResourcesForWebACL',
      region: r,
      when: (p) => p.WebACLId === 'legacy-alb-0001' && p.ResourceType === 'APPLICATION_LOAD_BALANCER',
      output: { ResourceArns: [] },
    },
    {
      service: 'waf-regional',
      operation: 'ListRules',
      region: r,
      output: { Rules: [{ RuleId: 'blocked-ips-0001', Name: 'blocked-ips' }] },
    },
    {
      service: 'waf-regional',
      operation: 'GetRule',
      region: r,
      output: {
        Rule: {
          RuleId: 'blocked-ips-0001',
          Name: 'blocked-ips',
          MetricName: 'blockedips',
          Predicates: [{ Negated: false, Type: 'IPMatch', DataId: 'ipset-0001' }],
        },
      },
    },
    // The regional rule group.
    {
      service: 'waf-regional',
      operation: 'ListRuleGroups',
      region: r,
      output: { RuleGroups: [{ RuleGroupId: 'legacy-group-0001', Name: 'legacy-group' }] },
    },
    {
      service: 'waf-regional',
      operation: 'ListActivatedRulesInRuleGroup',
      region: r,
      output: {
        ActivatedRules: [
          { Priority: 1, RuleId: 'blocked-ips-0001', Action: { Type: 'BLOCK' }, Type: 'REGULAR' },
        ],
      },
    },
    // Network Firewall (eu-west-1): a firewall without deletion protection that logs alerts, a policy that
    // passes fragments uninspected, and an empty stateless rule group.
    {
      service: 'network-firewall',
      operation: 'ListFirewalls',
      region: r,
      output: { Firewalls: [{ FirewallName: 'egress', FirewallArn: FIREWALL_ARN }] },
    },
    {
      service: 'network-firewall',
      operation: 'DescribeFirewall',
      region: r,
      output: {
        UpdateToken: 'token',
        Firewall: {
          FirewallName: 'egress',
          FirewallArn: FIREWALL_ARN,
          FirewallPolicyArn: POLICY_ARN,
          VpcId: 'vpc-0aaa1111',
          SubnetMappings: [{ SubnetId: 'subnet-0aaa1111', IPAddressType: 'IPV4' }],
          DeleteProtection: false,
          SubnetChangeProtection: true,
          FirewallPolicyChangeProtection: true,
          FirewallId: 'fw-0001',
        },
        FirewallStatus: { Status: 'READY', ConfigurationSyncStateSummary: 'IN_SYNC' },
      },
    },
    {
      service: 'network-firewall',
      operation: 'DescribeLoggingConfiguration',
      region: r,
      output: {
        FirewallArn: FIREWALL_ARN,
        LoggingConfiguration: {
          LogDestinationConfigs: [
            {
              LogType: 'ALERT',
              LogDestinationType: 'CloudWatchLogs',
              LogDestination: { logGroup: '/nfw/alert' },
            },
          ],
        },
      },
    },
    {
      service: 'network-firewall',
      operation: 'ListFirewallPolicies',
      region: r,
      output: { FirewallPolicies: [{ Name: 'egress-policy', Arn: POLICY_ARN }] },
    },
    {
      service: 'network-firewall',
      operation: 'DescribeFirewallPolicy',
      region: r,
      output: {
        UpdateToken: 'token',
        FirewallPolicyResponse: {
          FirewallPolicyName: 'egress-policy',
          FirewallPolicyArn: POLICY_ARN,
          FirewallPolicyId: 'fp-0001',
          FirewallPolicyStatus: 'ACTIVE',
        },
        FirewallPolicy: {
          StatelessRuleGroupReferences: [{ ResourceArn: BLOCK_LIST_ARN, Priority: 10 }],
          StatelessDefaultActions: ['aws:forward_to_sfe'],
          StatelessFragmentDefaultActions: ['aws:pass'],
        },
      },
    },
    {
      service: 'network-firewall',
      operation: 'ListRuleGroups',
      region: r,
      output: { RuleGroups: [{ Name: 'block-list', Arn: BLOCK_LIST_ARN }] },
    },
    {
      service: 'network-firewall',
      operation: 'DescribeRuleGroup',
      region: r,
      output: {
        UpdateToken: 'token',
        RuleGroup: { RulesSource: { StatelessRulesAndCustomActions: { StatelessRules: [] } } },
        RuleGroupResponse: {
          RuleGroupArn: BLOCK_LIST_ARN,
          RuleGroupName: 'block-list',
          RuleGroupId: 'rg-0001',
          Type: 'STATELESS',
          Capacity: 100,
        },
      },
    },
    // Every other region and scope: nothing there.
    ...emptyFirewallRecordings(),
  ];
}

/** Empty answers to every WAF and Network Firewall listing, in any region (also for the benchmark). */
export function emptyFirewallRecordings(): Recording[] {
  return [
    ...(['ListWebACLs', 'ListLoggingConfigurations', 'ListRuleGroups'] as const).map((operation) => ({
      service: 'wafv2',
      operation,
      output: { [operation.slice('List'.length)]: [] },
    })),
    ...(['waf', 'waf-regional'] as const).flatMap((service) =>
      (['WebACLs', 'LoggingConfigurations', 'Rules', 'RuleGroups'] as const).map((what) => ({
        service,
        operation: `List${what}`,
        output: { [what]: [] },
      })),
    ),
    { service: 'network-firewall', operation: 'ListFirewalls', output: { Firewalls: [] } },
    { service: 'network-firewall', operation: 'ListFirewallPolicies', output: { FirewallPolicies: [] } },
    { service: 'network-firewall', operation: 'ListRuleGroups', output: { RuleGroups: [] } },
  ];
}
