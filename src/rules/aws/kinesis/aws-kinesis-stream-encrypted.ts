import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-kinesis-stream-encrypted',
  title: 'Kinesis data streams are encrypted at rest',
  description:
    'Server-side encryption with a KMS key encrypts records before Kinesis writes them to storage, so reading them also needs permission to use the key.',
  severity: 'medium',
  category: 'encryption',
  aspects: ['encryption'],
  assetTypes: ['aws.kinesis.stream'],
  messages: {
    off: 'Kinesis data stream {{name}} is not encrypted at rest',
  },
  remediation: {
    text: 'Start server-side encryption on the stream with a KMS key.',
    cli: 'aws kinesis start-stream-encryption --stream-name <name> --encryption-type KMS --key-id alias/aws/kinesis',
    terraform:
      'resource "aws_kinesis_stream" "this" {\n  # ...\n  encryption_type = "KMS"\n  kms_key_id      = "alias/aws/kinesis"\n}',
  },
  references: [
    'https://docs.aws.amazon.com/streams/latest/dev/server-side-encryption.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/kinesis-controls.html#kinesis-1',
  ],
  check(stream, ctx) {
    if (need(stream.config, 'encryptionType') === 'KMS') return ctx.pass();
    return ctx.fail('off', { name: stream.name });
  },
});
