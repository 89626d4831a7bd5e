import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureKinesisStream } from '../testing/app-fixtures.js';
import { rule } from './aws-kinesis-stream-encrypted.js';

const stream = (config: Partial<typeof secureKinesisStream>) =>
  assetOf('aws.kinesis.stream', { ...secureKinesisStream, ...config }, { name: 'clicks' });

runRuleTests(rule, {
  valid: [stream({})],
  invalid: [
    {
      asset: stream({ encryptionType: 'NONE', kmsKeyId: null }),
      messageId: 'off',
      message: 'Kinesis data stream clicks is not encrypted at rest',
    },
  ],
  unknown: [{ asset: stream({ encryptionType: unknown('not recorded') }), field: 'encryptionType' }],
});
