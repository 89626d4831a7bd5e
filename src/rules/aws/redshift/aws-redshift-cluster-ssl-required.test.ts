import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureRedshiftCluster } from '../testing/analytics-fixtures.js';
import { rule } from './aws-redshift-cluster-ssl-required.js';

const cluster = (config: Partial<typeof secureRedshiftCluster>) =>
  assetOf('aws.redshift.cluster', { ...secureRedshiftCluster, ...config }, { name: 'warehouse' });

runRuleTests(rule, {
  valid: [cluster({})],
  invalid: [
    {
      asset: cluster({ requireSsl: false }),
      messageId: 'off',
      message:
        'Redshift cluster warehouse accepts unencrypted connections (require_ssl is not true in its parameter group)',
    },
  ],
  unknown: [
    {
      asset: cluster({ requireSsl: unknown('AWS Config does not record the parameter values') }),
      field: 'requireSsl',
    },
  ],
});
