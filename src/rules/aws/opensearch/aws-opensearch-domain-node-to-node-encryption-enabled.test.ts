import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureOpenSearchDomain } from '../testing/analytics-fixtures.js';
import { rule } from './aws-opensearch-domain-node-to-node-encryption-enabled.js';

const domain = (config: Partial<typeof secureOpenSearchDomain>) =>
  assetOf('aws.opensearch.domain', { ...secureOpenSearchDomain, ...config }, { name: 'search' });

runRuleTests(rule, {
  valid: [domain({})],
  invalid: [
    {
      asset: domain({ nodeToNodeEncryption: false }),
      messageId: 'off',
      message: 'OpenSearch domain search does not encrypt traffic between its nodes',
    },
  ],
  unknown: [
    { asset: domain({ nodeToNodeEncryption: unknown('not recorded') }), field: 'nodeToNodeEncryption' },
  ],
});
