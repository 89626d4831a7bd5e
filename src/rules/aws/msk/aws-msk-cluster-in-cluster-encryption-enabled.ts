import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-msk-cluster-in-cluster-encryption-enabled',
  title: 'MSK clusters encrypt traffic between broker nodes',
  description:
    'Without in-cluster encryption, replication traffic between brokers (every message the cluster holds) crosses the network in clear text.',
  severity: 'medium',
  category: 'encryption',
  aspects: ['encryption'],
  assetTypes: ['aws.msk.cluster'],
  messages: {
    off: 'MSK cluster {{name}} does not encrypt traffic between its brokers',
  },
  remediation: {
    text: 'In-cluster encryption can only be set when the cluster is created: create a cluster with it enabled and move the topics.',
    terraform:
      'resource "aws_msk_cluster" "this" {\n  # ...\n  encryption_info {\n    encryption_in_transit {\n      in_cluster    = true\n      client_broker = "TLS"\n    }\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/msk/latest/developerguide/msk-encryption.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/msk-controls.html#msk-1',
  ],
  check(d, ctx) {
    if (need(d.config, 'inClusterEncryption')) return ctx.pass();
    return ctx.fail('off', { name: d.name });
  },
});
