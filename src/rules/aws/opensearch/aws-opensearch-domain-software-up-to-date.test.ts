import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureOpenSearchDomain } from '../testing/analytics-fixtures.js';
import { rule } from './aws-opensearch-domain-software-up-to-date.js';

const domain = (config: Partial<typeof secureOpenSearchDomain>) =>
  assetOf('aws.opensearch.domain', { ...secureOpenSearchDomain, ...config }, { name: 'search' });

runRuleTests(rule, {
  valid: [domain({})],
  invalid: [
    {
      asset: domain({ softwareUpdateAvailable: true }),
      messageId: 'behind',
      message: 'OpenSearch domain search has a service software update available that is not installed',
    },
  ],
  unknown: [
    { asset: domain({ softwareUpdateAvailable: unknown('not recorded') }), field: 'softwareUpdateAvailable' },
  ],
});
