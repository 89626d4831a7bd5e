import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { rule } from './aws-dax-cluster-encrypted-in-transit.js';

const cluster = (endpointEncryptionType: string | ReturnType<typeof unknown>) =>
  assetOf('aws.dax.cluster', { sseStatus: 'ENABLED', endpointEncryptionType }, { name: 'cache' });

runRuleTests(rule, {
  valid: [cluster('TLS')],
  invalid: [
    {
      asset: cluster('NONE'),
      messageId: 'plain',
      message: 'DAX cluster cache endpoint encryption is NONE, not TLS',
    },
  ],
  unknown: [{ asset: cluster(unknown('dax:DescribeClusters did not say')), field: 'endpointEncryptionType' }],
});
