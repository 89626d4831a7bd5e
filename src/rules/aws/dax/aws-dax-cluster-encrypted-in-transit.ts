import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-dax-cluster-encrypted-in-transit',
  title: 'DynamoDB Accelerator (DAX) clusters encrypt connections in transit',
  description:
    'With endpoint encryption type TLS, clients reach the DAX cluster over TLS, so cached items and requests ' +
    'cannot be read or altered on the network. It can be chosen only when the cluster is created.',
  severity: 'medium',
  category: 'database',
  aspects: ['encryption'],
  assetTypes: ['aws.dax.cluster'],
  messages: {
    plain: 'DAX cluster {{name}} endpoint encryption is {{type}}, not TLS',
  },
  remediation: {
    text: 'Create a new DAX cluster with endpoint encryption type TLS, point clients (with a TLS-capable DAX client) at it and delete the old one.',
    cli: 'aws dax create-cluster --cluster-name <name> --node-type <type> --replication-factor 3 --iam-role-arn <role-arn> --cluster-endpoint-encryption-type TLS',
    terraform: 'resource "aws_dax_cluster" "this" {\n  # ...\n  cluster_endpoint_encryption_type = "TLS"\n}',
  },
  references: [
    'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAXEncryptionInTransit.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/dynamodb-controls.html#dynamodb-7',
  ],
  check(cluster, ctx) {
    const type = need(cluster.config, 'endpointEncryptionType');
    if (type === 'TLS') return ctx.pass();
    return ctx.fail('plain', { name: cluster.name, type });
  },
});
