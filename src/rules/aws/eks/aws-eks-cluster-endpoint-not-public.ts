import { isWorld } from '../../../inventory/net.js';
import { UnknownFieldError } from '../../../model/errors.js';
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-eks-cluster-endpoint-not-public',
  title: 'EKS cluster API endpoints are not open to the whole internet',
  description:
    'The Kubernetes API endpoint controls the cluster. A public endpoint open to 0.0.0.0/0 can be probed and ' +
    'attacked from anywhere, and any leaked credential works from anywhere. Use the private endpoint, or ' +
    'restrict the public endpoint to known CIDRs.',
  severity: 'high',
  category: 'kubernetes',
  aspects: ['exposure'],
  assetTypes: ['aws.eks.cluster'],
  messages: {
    public: 'EKS cluster {{name}} API endpoint is public and open to {{cidrs}}',
  },
  remediation: {
    text: 'Enable the private endpoint and disable the public one, or limit the public endpoint to the CIDRs of your administrators and CI.',
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
    const cidrs = need(cluster.config, 'publicAccessCidrs');
    if (cidrs.length === 0) {
      throw new UnknownFieldError(
        'publicAccessCidrs',
        'the public endpoint is on but the source lists no CIDRs',
      );
    }
    const open = cidrs.filter(isWorld);
    if (open.length > 0)
      return ctx.fail('public', { name: cluster.name, cidrs: open.join(', ') }, { publicAccessCidrs: cidrs });
    return ctx.pass({ publicAccessCidrs: cidrs }, 'the public endpoint is restricted to known CIDRs');
  },
});
