import { SENSITIVE_PORTS } from '../../../inventory/net.js';
import { defineRule } from '../../api.js';
import { WORLD_PORTS_MESSAGE, worldPortsVerdict } from './world-ports.js';

export const rule = defineRule({
  id: 'aws-ec2-security-group-no-public-kubernetes-api',
  title: 'Security groups do not allow Kubernetes control plane ports from the internet',
  description:
    'The Kubernetes API server (6443), the kubelet API (10250, read-only 10255) and etcd (2379-2380) give ' +
    'control over the cluster and its secrets. Open to 0.0.0.0/0 or ::/0, a single misconfigured ' +
    'authentication setting becomes a cluster takeover.',
  severity: 'high',
  category: 'kubernetes',
  aspects: ['exposure'],
  assetTypes: ['aws.ec2.security-group'],
  messages: { open: WORLD_PORTS_MESSAGE },
  remediation: {
    text:
      'Remove inbound rules that open 6443, 10250, 10255, 2379 or 2380 to the internet; reach the API through a ' +
      'private endpoint, VPN or bastion, and allow kubelet and etcd ports only between cluster security groups.',
    cli: 'aws ec2 revoke-security-group-ingress --group-id <sg-id> --protocol tcp --port 6443 --cidr 0.0.0.0/0',
    terraform:
      'resource "aws_vpc_security_group_ingress_rule" "kube_api" {\n  security_group_id = aws_security_group.control_plane.id\n  ip_protocol       = "tcp"\n  from_port         = 6443\n  to_port           = 6443\n  cidr_ipv4         = var.admin_cidr # not 0.0.0.0/0\n}',
  },
  references: [
    'https://kubernetes.io/docs/reference/networking/ports-and-protocols/',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-19',
  ],
  check: (sg, ctx) => worldPortsVerdict(sg, ctx, 'open', SENSITIVE_PORTS.kubernetesApi),
});
