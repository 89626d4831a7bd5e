import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureOpenSearchDomain } from '../testing/analytics-fixtures.js';
import { rule } from './aws-opensearch-domain-fine-grained-access-control-enabled.js';

const domain = (config: Partial<typeof secureOpenSearchDomain>) =>
  assetOf('aws.opensearch.domain', { ...secureOpenSearchDomain, ...config }, { name: 'search' });

runRuleTests(rule, {
  valid: [domain({})],
  invalid: [
    {
      asset: domain({ fineGrainedAccessControl: false }),
      messageId: 'off',
      message: 'OpenSearch domain search does not have fine-grained access control enabled',
    },
  ],
  unknown: [
    {
      asset: domain({ fineGrainedAccessControl: unknown('not recorded') }),
      field: 'fineGrainedAccessControl',
    },
  ],
});
