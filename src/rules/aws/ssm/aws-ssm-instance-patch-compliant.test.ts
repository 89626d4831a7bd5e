import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { compliantPatchState } from '../testing/app-fixtures.js';
import { rule } from './aws-ssm-instance-patch-compliant.js';

const state = (config: Partial<typeof compliantPatchState>) =>
  assetOf('aws.ssm.instance-compliance', { ...compliantPatchState, ...config }, { name: 'web-1' });

runRuleTests(rule, {
  valid: [state({})],
  invalid: [
    {
      asset: state({ nonCompliantItems: ['KB5034441', 'KB5034439'] }),
      messageId: 'noncompliant',
      message:
        'Managed instance i-0123456789abcdef0 is missing 2 patch(es) its baseline requires (KB5034441, KB5034439)',
    },
  ],
  notApplicable: [state({ complianceType: 'Association', nonCompliantItems: ['a-1'] })],
  unknown: [{ asset: state({ nonCompliantItems: unknown('not recorded') }), field: 'nonCompliantItems' }],
});
