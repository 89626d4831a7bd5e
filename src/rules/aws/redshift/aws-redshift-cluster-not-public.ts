import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-redshift-cluster-not-public',
  title: 'Redshift clusters are not publicly accessible',
  description:
    'A publicly accessible cluster gets a public IP address and a DNS name that resolves to it from the internet; only its security groups stand between the warehouse and anyone who finds it.',
  severity: 'critical',
  category: 'database',
  aspects: ['exposure'],
  assetTypes: ['aws.redshift.cluster'],
  messages: {
    public: 'Redshift cluster {{name}} is publicly accessible',
  },
  remediation: {
    text: 'Turn off public accessibility and reach the cluster from inside the VPC (or through a VPN, Direct Connect or a bastion).',
    cli: 'aws redshift modify-cluster --cluster-identifier <cluster> --no-publicly-accessible',
    terraform: 'resource "aws_redshift_cluster" "this" {\n  # ...\n  publicly_accessible = false\n}',
  },
  references: [
    'https://docs.aws.amazon.com/redshift/latest/mgmt/managing-clusters-vpc.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html#redshift-1',
  ],
  check(d, ctx) {
    if (!need(d.config, 'publiclyAccessible')) return ctx.pass();
    return ctx.fail('public', { name: d.name });
  },
});
