import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureOpenSearchDomain } from '../testing/analytics-fixtures.js';
import { rule } from './aws-opensearch-domain-three-dedicated-masters.js';

const domain = (config: Partial<typeof secureOpenSearchDomain>) =>
  assetOf('aws.opensearch.domain', { ...secureOpenSearchDomain, ...config }, { name: 'search' });

runRuleTests(rule, {
  valid: [domain({})],
  invalid: [
    {
      asset: domain({ dedicatedMasterEnabled: false, dedicatedMasterCount: null }),
      messageId: 'none',
      message: 'OpenSearch domain search has no dedicated master nodes',
    },
    {
      asset: domain({ dedicatedMasterCount: 2 }),
      messageId: 'few',
      message: 'OpenSearch domain search has 2 dedicated master node(s); at least 3 are needed',
    },
  ],
  unknown: [
    { asset: domain({ dedicatedMasterEnabled: unknown('not recorded') }), field: 'dedicatedMasterEnabled' },
    { asset: domain({ dedicatedMasterCount: unknown('not recorded') }), field: 'dedicatedMasterCount' },
  ],
});
