import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureOpenSearchDomain } from '../testing/analytics-fixtures.js';
import { rule } from './aws-opensearch-domain-latest-tls-policy.js';

const domain = (config: Partial<typeof secureOpenSearchDomain>) =>
  assetOf('aws.opensearch.domain', { ...secureOpenSearchDomain, ...config }, { name: 'search' });

runRuleTests(rule, {
  valid: [domain({}), domain({ tlsSecurityPolicy: 'Policy-Min-TLS-1-2-RFC9151-FIPS-2023-04' })],
  invalid: [
    {
      asset: domain({ enforceHttps: false }),
      messageId: 'http',
      message: 'OpenSearch domain search accepts plain HTTP',
    },
    {
      asset: domain({ tlsSecurityPolicy: 'Policy-Min-TLS-1-0-2019-07' }),
      messageId: 'old',
      message: 'OpenSearch domain search uses TLS security policy Policy-Min-TLS-1-0-2019-07, not the latest',
    },
  ],
  unknown: [
    { asset: domain({ enforceHttps: unknown('not recorded') }), field: 'enforceHttps' },
    { asset: domain({ tlsSecurityPolicy: null }), field: 'tlsSecurityPolicy' },
  ],
});
