import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-elasticache-cluster-no-default-subnet-group',
  title: 'ElastiCache clusters do not use the default subnet group',
  description:
    "The default subnet group takes the default VPC's subnets, which are public. A subnet group of your own puts the cache in private subnets chosen for it.",
  severity: 'high',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['aws.elasticache.cluster'],
  messages: {
    default: 'ElastiCache cluster {{name}} uses the default subnet group',
  },
  remediation: {
    text: 'Create a subnet group of private subnets and recreate the cluster in it (the subnet group cannot be changed in place).',
    terraform:
      'resource "aws_elasticache_subnet_group" "private" {\n  name       = "cache-private"\n  subnet_ids = [aws_subnet.private_a.id, aws_subnet.private_b.id]\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/SubnetGroups.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/elasticache-controls.html#elasticache-7',
  ],
  check(d, ctx) {
    const group = need(d.config, 'cacheSubnetGroupName');
    if (group === null)
      return ctx.unknown('cacheSubnetGroupName', "the source does not name the cluster's subnet group");
    if (group !== 'default') return ctx.pass({ cacheSubnetGroupName: group });
    return ctx.fail('default', { name: d.name });
  },
});
