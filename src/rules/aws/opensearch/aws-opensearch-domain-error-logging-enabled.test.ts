import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureOpenSearchDomain } from '../testing/analytics-fixtures.js';
import { rule } from './aws-opensearch-domain-error-logging-enabled.js';

const domain = (config: Partial<typeof secureOpenSearchDomain>) =>
  assetOf('aws.opensearch.domain', { ...secureOpenSearchDomain, ...config }, { name: 'search' });

runRuleTests(rule, {
  valid: [domain({})],
  invalid: [
    {
      asset: domain({ enabledLogTypes: ['AUDIT_LOGS'] }),
      messageId: 'off',
      message: 'OpenSearch domain search does not publish error logs to CloudWatch Logs',
    },
  ],
  unknown: [{ asset: domain({ enabledLogTypes: unknown('not recorded') }), field: 'enabledLogTypes' }],
});
