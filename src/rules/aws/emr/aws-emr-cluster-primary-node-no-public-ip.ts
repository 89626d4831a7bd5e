import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-emr-cluster-primary-node-no-public-ip',
  title: 'EMR cluster primary nodes have no public IP addresses',
  description:
    "The primary node runs the cluster's web interfaces and accepts jobs. With a public IP address it is one security group rule away from the internet; clusters belong in private subnets, reached through a bastion, VPN or Session Manager.",
  severity: 'high',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['aws.emr.cluster'],
  messages: {
    public: 'EMR cluster {{name}} has a primary node with public IP address {{ips}}',
  },
  remediation: {
    text: 'Launch clusters in a private subnet (no public IP assignment); terminate and relaunch clusters whose primary node has a public address.',
  },
  references: [
    'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-clusters-in-a-vpc.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/emr-controls.html#emr-1',
  ],
  check(d, ctx) {
    const ips = need(d.config, 'primaryPublicIps');
    if (ips.length === 0) return ctx.pass();
    return ctx.fail('public', { name: d.name, ips: ips.join(', ') }, { primaryPublicIps: ips });
  },
});
