import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-dax-cluster-encrypted-at-rest',
  title: 'DynamoDB Accelerator (DAX) clusters are encrypted at rest',
  description:
    'A DAX cluster caches table items on its nodes\u2019 disks and in memory; server-side encryption protects ' +
    'that copy of the data, its configuration and its logs. It can be chosen only when the cluster is created.',
  severity: 'medium',
  category: 'database',
  aspects: ['encryption'],
  assetTypes: ['aws.dax.cluster'],
  messages: {
    off: 'DAX cluster {{name}} is not encrypted at rest (server-side encryption {{status}})',
  },
  remediation: {
    text: 'Create a new DAX cluster with server-side encryption enabled, point clients at it and delete the old one.',
    cli: 'aws dax create-cluster --cluster-name <name> --node-type <type> --replication-factor 3 --iam-role-arn <role-arn> --sse-specification Enabled=true',
    terraform:
      'resource "aws_dax_cluster" "this" {\n  # ...\n  server_side_encryption {\n    enabled = true\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAXEncryptionAtRest.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/dynamodb-controls.html#dynamodb-3',
  ],
  check(cluster, ctx) {
    const status = need(cluster.config, 'sseStatus');
    if (status === 'ENABLED') return ctx.pass();
    return ctx.fail('off', { name: cluster.name, status });
  },
});
