import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-opensearch-domain-in-vpc',
  title: 'OpenSearch and Elasticsearch domains are reachable only from a VPC',
  description:
    'A domain outside a VPC has a public endpoint that anyone on the internet can reach; only its access policy stands between the data and the world. A domain in a VPC is reachable only through its subnets and security groups.',
  severity: 'critical',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['aws.opensearch.domain'],
  messages: {
    public: 'OpenSearch domain {{name}} has a public endpoint (it is not in a VPC)',
  },
  remediation: {
    text: 'Create the domain in a VPC (a public domain cannot be moved into one): create a VPC domain, restore a snapshot into it, and delete the public domain.',
    terraform:
      'resource "aws_opensearch_domain" "this" {\n  # ...\n  vpc_options {\n    subnet_ids         = [aws_subnet.private.id]\n    security_group_ids = [aws_security_group.search.id]\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/vpc.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/opensearch-controls.html#opensearch-2',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/es-controls.html#es-2',
  ],
  check(d, ctx) {
    const subnets = need(d.config, 'vpcSubnetIds');
    if (subnets.length > 0) return ctx.pass({ vpcSubnetIds: subnets });
    return ctx.fail('public', { name: d.name });
  },
});
