import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureOpenSearchDomain } from '../testing/analytics-fixtures.js';
import { rule } from './aws-opensearch-domain-audit-logging-enabled.js';

const domain = (config: Partial<typeof secureOpenSearchDomain>) =>
  assetOf('aws.opensearch.domain', { ...secureOpenSearchDomain, ...config }, { name: 'search' });

runRuleTests(rule, {
  valid: [domain({})],
  invalid: [
    {
      asset: domain({ enabledLogTypes: ['ES_APPLICATION_LOGS'] }),
      messageId: 'off',
      message: 'OpenSearch domain search does not publish audit logs',
    },
  ],
  unknown: [{ asset: domain({ enabledLogTypes: unknown('not recorded') }), field: 'enabledLogTypes' }],
});
