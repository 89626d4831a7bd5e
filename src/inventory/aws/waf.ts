/**
 * AWS WAF: WAFv2 web ACLs and rule groups (regional, and CloudFront-scoped in us-east-1), and the
 * legacy WAF Classic web ACLs, rules and rule groups, global (`aws.waf.*`, for CloudFront) and
 * regional (`aws.waf-regional.*`, for ALBs and API Gateway).
 */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

/** One WAFv2 rule and whether it sends metrics to CloudWatch (`VisibilityConfig`). */
export const wafv2RuleSchema = z.object({
  name: z.string(),
  /** `VisibilityConfig.CloudWatchMetricsEnabled`; null when the record has no visibility config. */
  cloudWatchMetricsEnabled: z.boolean().nullable(),
});
export type Wafv2Rule = z.infer<typeof wafv2RuleSchema>;

export const wafv2WebAcl = defineAssetType({
  type: 'aws.wafv2.web-acl',
  provider: 'aws',
  title: 'WAFv2 web ACL',
  config: z.object({
    /** `REGIONAL` (ALB, API Gateway, AppSync, Cognito...) or `CLOUDFRONT` (global, us-east-1). */
    scope: maybe(z.enum(['REGIONAL', 'CLOUDFRONT'])),
    /** The web ACL's own rules (rule-group references count as one rule each). */
    rules: maybe(z.array(wafv2RuleSchema)),
    /** Firewall Manager rule groups evaluated before and after the web ACL's rules. */
    firewallManagerRuleGroupCount: maybe(z.number().int()),
    /** Whether a logging configuration (`wafv2:GetLoggingConfiguration`) sends logs somewhere. */
    loggingEnabled: maybe(z.boolean()),
  }),
});

export const wafv2RuleGroup = defineAssetType({
  type: 'aws.wafv2.rule-group',
  provider: 'aws',
  title: 'WAFv2 rule group',
  config: z.object({
    scope: maybe(z.enum(['REGIONAL', 'CLOUDFRONT'])),
    /** The rule group's own `VisibilityConfig.CloudWatchMetricsEnabled`. */
    cloudWatchMetricsEnabled: maybe(z.boolean()),
    rules: maybe(z.array(wafv2RuleSchema)),
  }),
});

const classicWebAclConfig = z.object({
  /** Rules and rule groups the web ACL evaluates (`Rules` / Config's `rulesList`). */
  ruleCount: maybe(z.number().int()),
  /** Whether a logging configuration (Kinesis Data Firehose) is set; read with `GetLoggingConfiguration`. */
  loggingEnabled: maybe(z.boolean()),
});
const classicRuleConfig = z.object({
  /** Conditions (predicates: IP sets, byte match, SQL injection...) in the rule. */
  conditionCount: maybe(z.number().int()),
});
const classicRuleGroupConfig = z.object({
  /** Rules activated in the rule group. */
  ruleCount: maybe(z.number().int()),
});

export const wafWebAcl = defineAssetType({
  type: 'aws.waf.web-acl',
  provider: 'aws',
  title: 'WAF Classic global web ACL',
  config: classicWebAclConfig,
});
export const wafRule = defineAssetType({
  type: 'aws.waf.rule',
  provider: 'aws',
  title: 'WAF Classic global rule',
  config: classicRuleConfig,
});
export const wafRuleGroup = defineAssetType({
  type: 'aws.waf.rule-group',
  provider: 'aws',
  title: 'WAF Classic global rule group',
  config: classicRuleGroupConfig,
});
export const wafRegionalWebAcl = defineAssetType({
  type: 'aws.waf-regional.web-acl',
  provider: 'aws',
  title: 'WAF Classic regional web ACL',
  config: classicWebAclConfig,
});
export const wafRegionalRule = defineAssetType({
  type: 'aws.waf-regional.rule',
  provider: 'aws',
  title: 'WAF Classic regional rule',
  config: classicRuleConfig,
});
export const wafRegionalRuleGroup = defineAssetType({
  type: 'aws.waf-regional.rule-group',
  provider: 'aws',
  title: 'WAF Classic regional rule group',
  config: classicRuleGroupConfig,
});

export const wafAssetTypes = [
  wafv2WebAcl,
  wafv2RuleGroup,
  wafWebAcl,
  wafRule,
  wafRuleGroup,
  wafRegionalWebAcl,
  wafRegionalRule,
  wafRegionalRuleGroup,
] as const;
