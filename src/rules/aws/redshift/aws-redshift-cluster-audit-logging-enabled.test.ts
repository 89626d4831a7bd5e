import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureRedshiftCluster } from '../testing/analytics-fixtures.js';
import { rule } from './aws-redshift-cluster-audit-logging-enabled.js';

const cluster = (config: Partial<typeof secureRedshiftCluster>) =>
  assetOf('aws.redshift.cluster', { ...secureRedshiftCluster, ...config }, { name: 'warehouse' });

runRuleTests(rule, {
  valid: [cluster({})],
  invalid: [
    {
      asset: cluster({ auditLoggingEnabled: false }),
      messageId: 'off',
      message: 'Redshift cluster warehouse does not have audit logging enabled',
    },
  ],
  unknown: [
    { asset: cluster({ auditLoggingEnabled: unknown('not recorded') }), field: 'auditLoggingEnabled' },
  ],
});
