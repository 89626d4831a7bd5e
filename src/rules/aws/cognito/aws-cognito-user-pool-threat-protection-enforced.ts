import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-cognito-user-pool-threat-protection-enforced',
  title: 'Cognito user pools enforce threat protection in full-function mode',
  description:
    'Threat protection scores each sign-in for signs of account takeover and checks passwords against ' +
    'known leaked credentials. Only in full-function (enforced) mode does it act on what it finds — ' +
    'demanding MFA or blocking a risky sign-in; audit mode only records it, and off does neither.',
  severity: 'medium',
  category: 'identity',
  aspects: ['credentials'],
  assetTypes: ['aws.cognito.user-pool'],
  messages: {
    notEnforced: 'Cognito user pool {{name}} has threat protection {{mode}}, not enforced (full function)',
  },
  remediation: {
    text: 'Set the user pool threat protection (advanced security) mode for standard authentication to ENFORCED and configure its risk responses (requires the Plus feature plan).',
    cli: 'aws cognito-idp update-user-pool --user-pool-id <pool-id> --user-pool-add-ons AdvancedSecurityMode=ENFORCED',
    terraform:
      'resource "aws_cognito_user_pool" "this" {\n  # ...\n  user_pool_add_ons {\n    advanced_security_mode = "ENFORCED"\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-threat-protection.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cognito-controls.html#cognito-1',
  ],
  check(pool, ctx) {
    const mode = need(pool.config, 'advancedSecurityMode');
    if (mode === 'ENFORCED') return ctx.pass({ advancedSecurityMode: mode });
    return ctx.fail('notEnforced', { name: pool.name, mode }, { advancedSecurityMode: mode });
  },
});
