import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { compliantPatchState } from '../testing/app-fixtures.js';
import { rule } from './aws-ssm-instance-association-compliant.js';

const state = (config: Partial<typeof compliantPatchState>) =>
  assetOf(
    'aws.ssm.instance-compliance',
    { ...compliantPatchState, complianceType: 'Association', ...config },
    { name: 'web-1' },
  );

runRuleTests(rule, {
  valid: [state({})],
  invalid: [
    {
      asset: state({ nonCompliantItems: ['1a2b3c4d-0000-1111-2222-333344445555'] }),
      messageId: 'noncompliant',
      message:
        'Managed instance i-0123456789abcdef0 has 1 non-compliant association(s) (1a2b3c4d-0000-1111-2222-333344445555)',
    },
  ],
  notApplicable: [state({ complianceType: 'Patch', nonCompliantItems: ['KB1'] })],
  unknown: [{ asset: state({ nonCompliantItems: unknown('not recorded') }), field: 'nonCompliantItems' }],
});
