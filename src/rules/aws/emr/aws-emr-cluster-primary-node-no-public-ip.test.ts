import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureEmrCluster } from '../testing/analytics-fixtures.js';
import { rule } from './aws-emr-cluster-primary-node-no-public-ip.js';

const cluster = (config: Partial<typeof secureEmrCluster>) =>
  assetOf('aws.emr.cluster', { ...secureEmrCluster, ...config }, { name: 'etl' });

runRuleTests(rule, {
  valid: [cluster({})],
  invalid: [
    {
      asset: cluster({ primaryPublicIps: ['203.0.113.9'] }),
      messageId: 'public',
      message: 'EMR cluster etl has a primary node with public IP address 203.0.113.9',
    },
  ],
  unknown: [{ asset: cluster({ primaryPublicIps: unknown('not recorded') }), field: 'primaryPublicIps' }],
});
