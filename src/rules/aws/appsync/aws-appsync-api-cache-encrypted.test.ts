import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureGraphqlApi } from '../testing/apps-fixtures.js';
import { rule } from './aws-appsync-api-cache-encrypted.js';

const api = (c: Partial<typeof secureGraphqlApi>) =>
  assetOf('aws.appsync.graphql-api', { ...secureGraphqlApi, ...c }, { name: 'orders' });

runRuleTests(rule, {
  valid: [api({})],
  invalid: [
    {
      asset: api({ cache: { atRestEncryptionEnabled: false } }),
      messageId: 'off',
      message: 'AppSync API orders has a cache that is not encrypted at rest',
    },
  ],
  unknown: [{ asset: api({ cache: unknown('not recorded') }), field: 'cache' }],
  notApplicable: [api({ cache: null })],
});
