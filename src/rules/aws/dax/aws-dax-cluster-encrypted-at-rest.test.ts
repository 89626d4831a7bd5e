import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { rule } from './aws-dax-cluster-encrypted-at-rest.js';

const cluster = (sseStatus: string | ReturnType<typeof unknown>) =>
  assetOf('aws.dax.cluster', { sseStatus, endpointEncryptionType: 'TLS' }, { name: 'cache' });

runRuleTests(rule, {
  valid: [cluster('ENABLED')],
  invalid: [
    {
      asset: cluster('DISABLED'),
      messageId: 'off',
      message: 'DAX cluster cache is not encrypted at rest (server-side encryption DISABLED)',
    },
  ],
  unknown: [{ asset: cluster(unknown('dax:DescribeClusters did not say')), field: 'sseStatus' }],
});
