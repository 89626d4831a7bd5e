import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-sqs-queue-encrypted',
  title: 'SQS queues are encrypted at rest',
  description:
    'Server-side encryption, with SQS managed keys (SSE-SQS) or a KMS key (SSE-KMS), keeps messages ' +
    'encrypted while they wait in the queue.',
  severity: 'medium',
  category: 'encryption',
  aspects: ['encryption'],
  assetTypes: ['aws.sqs.queue'],
  messages: {
    off: 'SQS queue {{name}} is not encrypted at rest',
  },
  remediation: {
    text: 'Turn on SSE-SQS, or SSE-KMS with a KMS key, for the queue.',
    cli: 'aws sqs set-queue-attributes --queue-url <url> --attributes SqsManagedSseEnabled=true',
    terraform: 'resource "aws_sqs_queue" "this" {\n  # ...\n  sqs_managed_sse_enabled = true\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/sqs-controls.html#sqs-1',
  ],
  check(queue, ctx) {
    const key = need(queue.config, 'kmsMasterKeyId');
    if (key !== null && key !== '') return ctx.pass({ kmsMasterKeyId: key });
    if (need(queue.config, 'sqsManagedSseEnabled')) return ctx.pass({ sqsManagedSseEnabled: true });
    return ctx.fail('off', { name: queue.name });
  },
});
