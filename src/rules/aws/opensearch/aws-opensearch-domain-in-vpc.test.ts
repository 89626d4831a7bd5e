import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureOpenSearchDomain } from '../testing/analytics-fixtures.js';
import { rule } from './aws-opensearch-domain-in-vpc.js';

const domain = (config: Partial<typeof secureOpenSearchDomain>) =>
  assetOf('aws.opensearch.domain', { ...secureOpenSearchDomain, ...config }, { name: 'search' });

runRuleTests(rule, {
  valid: [domain({})],
  invalid: [
    {
      asset: domain({ vpcSubnetIds: [], securityGroupIds: [] }),
      messageId: 'public',
      message: 'OpenSearch domain search has a public endpoint (it is not in a VPC)',
    },
  ],
  unknown: [{ asset: domain({ vpcSubnetIds: unknown('not recorded') }), field: 'vpcSubnetIds' }],
});
