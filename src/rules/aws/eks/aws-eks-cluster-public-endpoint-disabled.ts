import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-eks-cluster-public-endpoint-disabled',
  title: 'EKS cluster API endpoints are private',
  description:
    'The Kubernetes API server of an EKS cluster can have a public endpoint on the internet. Even when it is ' +
    'limited to named CIDRs, it is reachable from outside the VPC and any leaked credential works from ' +
    'those networks. AWS FSBP EKS.1 asks for the public endpoint to be off; the narrower rule ' +
    '`aws-eks-cluster-endpoint-not-public` only fails an endpoint open to the whole internet.',
  severity: 'high',
  category: 'kubernetes',
  aspects: ['exposure'],
  assetTypes: ['aws.eks.cluster'],
  messages: {
    public: 'EKS cluster {{name}} has a public API endpoint (reachable from {{cidrs}})',
  },
  remediation: {
    text: 'Enable the private endpoint, then disable the public one; administrators and CI reach the API from inside the VPC (VPN, bastion, or runners in the VPC).',
    cli: 'aws eks update-cluster-config --name <cluster> --resources-vpc-config endpointPrivateAccess=true,endpointPublicAccess=false',
    terraform:
      'resource "aws_eks_cluster" "this" {\n  # ...\n  vpc_config {\n    endpoint_private_access = true\n    endpoint_public_access  = false\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/eks-controls.html#eks-1',
  ],
  check(cluster, ctx) {
    if (!need(cluster.config, 'endpointPublicAccess')) return ctx.pass();
    const cidrs = cluster.config.publicAccessCidrs;
    const shown =
      Array.isArray(cidrs) && cidrs.length > 0 ? cidrs.join(', ') : 'CIDRs the source did not list';
    return ctx.fail(
      'public',
      { name: cluster.name, cidrs: shown },
      Array.isArray(cidrs) ? { publicAccessCidrs: cidrs } : {},
    );
  },
});
