import { EKS_LOG_TYPES } from '../../../inventory/aws/eks.js';
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-eks-cluster-control-plane-logging-enabled',
  title: 'EKS clusters send all control plane logs to CloudWatch Logs',
  description:
    'The API server, audit, authenticator, controller manager and scheduler logs are the only record of who ' +
    'did what to the cluster. EKS does not keep them unless each type is turned on; the audit log matters ' +
    'most for investigations.',
  severity: 'medium',
  category: 'kubernetes',
  aspects: ['logging'],
  assetTypes: ['aws.eks.cluster'],
  messages: {
    missing: 'EKS cluster {{name}} does not send {{missing}} control plane logs to CloudWatch Logs',
  },
  remediation: {
    text: 'Enable all five control plane log types for the cluster.',
    cli: 'aws eks update-cluster-config --name <cluster> --logging \'{"clusterLogging":[{"types":["api","audit","authenticator","controllerManager","scheduler"],"enabled":true}]}\'',
    terraform:
      'resource "aws_eks_cluster" "this" {\n  # ...\n  enabled_cluster_log_types = ["api", "audit", "authenticator", "controllerManager", "scheduler"]\n}',
  },
  references: [
    'https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/eks-controls.html#eks-8',
  ],
  check(cluster, ctx) {
    const enabled = need(cluster.config, 'enabledLogTypes');
    const missing = EKS_LOG_TYPES.filter((t) => !enabled.includes(t));
    if (missing.length > 0)
      return ctx.fail(
        'missing',
        { name: cluster.name, missing: missing.join(', ') },
        { enabledLogTypes: enabled },
      );
    return ctx.pass({ enabledLogTypes: enabled });
  },
});
