import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureGraphqlApi } from '../testing/apps-fixtures.js';
import { rule } from './aws-appsync-api-field-logging-enabled.js';

const api = (c: Partial<typeof secureGraphqlApi>) =>
  assetOf('aws.appsync.graphql-api', { ...secureGraphqlApi, ...c }, { name: 'orders' });

runRuleTests(rule, {
  valid: [api({}), api({ fieldLogLevel: 'ALL' })],
  invalid: [
    {
      asset: api({ fieldLogLevel: 'NONE' }),
      messageId: 'none',
      message: 'AppSync API orders has no field-level logging',
    },
    { name: 'no log configuration', asset: api({ fieldLogLevel: null }), messageId: 'none' },
  ],
  unknown: [{ asset: api({ fieldLogLevel: unknown('not recorded') }), field: 'fieldLogLevel' }],
});
