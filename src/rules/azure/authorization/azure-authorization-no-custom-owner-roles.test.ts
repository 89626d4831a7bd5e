import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { SUBSCRIPTION_UID, customRoleDefinition } from '../testing/fixtures.js';
import { rule } from './azure-authorization-no-custom-owner-roles.js';

const subject = (config: Partial<typeof customRoleDefinition>) =>
  assetOf('azure.authorization.role-definition', { ...customRoleDefinition, ...config }, { name: 'role-1' });

runRuleTests(rule, {
  valid: [
    subject({}),
    subject({ actions: ['*'], assignableScopes: [`${SUBSCRIPTION_UID}/resourcegroups/rg-lab`] }),
  ],
  invalid: [
    { asset: subject({ actions: ['*'] }), messageId: 'owner' },
    { asset: subject({ actions: ['*'], assignableScopes: ['/'] }), messageId: 'owner' },
  ],
  unknown: [{ asset: subject({ actions: unknown('x') }), field: 'actions' }],
  notApplicable: [subject({ roleType: 'BuiltInRole' })],
});
