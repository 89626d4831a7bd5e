import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureOpenSearchDomain } from '../testing/analytics-fixtures.js';
import { rule } from './aws-opensearch-domain-encrypted-at-rest.js';

const domain = (config: Partial<typeof secureOpenSearchDomain>) =>
  assetOf('aws.opensearch.domain', { ...secureOpenSearchDomain, ...config }, { name: 'search' });

runRuleTests(rule, {
  valid: [domain({})],
  invalid: [
    {
      asset: domain({ encryptionAtRest: false, kmsKeyId: null }),
      messageId: 'off',
      message: 'OpenSearch domain search does not encrypt data at rest',
    },
  ],
  unknown: [{ asset: domain({ encryptionAtRest: unknown('not recorded') }), field: 'encryptionAtRest' }],
});
