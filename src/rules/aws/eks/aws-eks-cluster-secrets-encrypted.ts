import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-eks-cluster-secrets-encrypted',
  title: 'EKS clusters encrypt Kubernetes secrets with a KMS key',
  description:
    'Envelope encryption of secrets adds a KMS key of your own around the secrets stored in etcd, so reading ' +
    'them from an etcd backup or disk also requires access to the key, and key use is logged in CloudTrail.',
  severity: 'medium',
  category: 'kubernetes',
  aspects: ['encryption'],
  assetTypes: ['aws.eks.cluster'],
  messages: {
    off: 'EKS cluster {{name}} does not encrypt Kubernetes secrets with a KMS key',
  },
  remediation: {
    text: 'Associate a KMS key with the cluster for envelope encryption of secrets (this cannot be undone).',
    cli: 'aws eks associate-encryption-config --cluster-name <cluster> --encryption-config \'[{"resources":["secrets"],"provider":{"keyArn":"<key-arn>"}}]\'',
    terraform:
      'resource "aws_eks_cluster" "this" {\n  # ...\n  encryption_config {\n    resources = ["secrets"]\n    provider {\n      key_arn = aws_kms_key.eks.arn\n    }\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/eks/latest/userguide/enable-kms.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/eks-controls.html#eks-3',
  ],
  check(cluster, ctx) {
    const config = need(cluster.config, 'encryptionConfig');
    const secrets = config.find((e) => e.resources.includes('secrets'));
    if (secrets === undefined) return ctx.fail('off', { name: cluster.name });
    return ctx.pass({ keyArn: secrets.keyArn });
  },
});
