import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureOpenSearchDomain } from '../testing/analytics-fixtures.js';
import { rule } from './aws-opensearch-domain-three-data-nodes.js';

const domain = (config: Partial<typeof secureOpenSearchDomain>) =>
  assetOf('aws.opensearch.domain', { ...secureOpenSearchDomain, ...config }, { name: 'search' });

runRuleTests(rule, {
  valid: [domain({})],
  invalid: [
    {
      asset: domain({ instanceCount: 1 }),
      messageId: 'few',
      message: 'OpenSearch domain search has 1 data node(s); at least 3 are needed',
    },
    {
      asset: domain({ zoneAwarenessEnabled: false }),
      messageId: 'oneZone',
      message: 'OpenSearch domain search does not spread its data nodes across Availability Zones',
    },
  ],
  unknown: [
    { asset: domain({ instanceCount: unknown('not recorded') }), field: 'instanceCount' },
    { asset: domain({ zoneAwarenessEnabled: unknown('not recorded') }), field: 'zoneAwarenessEnabled' },
  ],
});
