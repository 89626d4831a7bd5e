/**
 * The cases every GuardDuty protection-plan rule shares (one rule per plan, e.g. RDS Protection,
 * S3 Protection): the secure account passes; an account whose detector lacks the plan in one region
 * (while another region has it) fails naming that region; features that were not read, or read in
 * no region, are unknown. A plan rule's test is one call.
 */
import { unknown } from '../../../model/unknown.js';
import type { AnyRule } from '../../api.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { ACCOUNT_ID, secureAccount } from './identity-fixtures.js';

const account = (config: Partial<typeof secureAccount>) =>
  assetOf('aws.account', { ...secureAccount, ...config }, { name: ACCOUNT_ID, region: 'global' });

/**
 * Run the shared cases for the rule of one plan: `feature` is the detector feature name the rule
 * looks for, `plan` the plan's name as the rule's message says it.
 * @example runProtectionPlanTests(rule, { feature: 'S3_DATA_EVENTS', plan: 'S3 Protection' });
 */
export function runProtectionPlanTests(rule: AnyRule, { feature, plan }: { feature: string; plan: string }) {
  runRuleTests(rule, {
    valid: [account({})],
    invalid: [
      {
        asset: account({
          guardDutyFeatures: [
            { region: 'us-east-1', features: [feature] },
            { region: 'eu-west-1', features: ['EBS_MALWARE_PROTECTION'] },
          ],
        }),
        messageId: 'off',
        message: `Account 111122223333 does not have GuardDuty ${plan} enabled in eu-west-1`,
      },
    ],
    unknown: [
      {
        asset: account({ guardDutyFeatures: unknown('AWS Config does not record this') }),
        field: 'guardDutyFeatures',
      },
      { name: 'read in no region', asset: account({ guardDutyFeatures: [] }), field: 'guardDutyFeatures' },
    ],
  });
}
