import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-rds-instance-in-vpc',
  title: 'RDS DB instances run in a VPC',
  description:
    'An instance outside a VPC (EC2-Classic) cannot be isolated with subnets, route tables, network ACLs and VPC security groups, nor reached privately through VPC endpoints.',
  severity: 'high',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['aws.rds.db-instance'],
  messages: {
    classic: 'DB instance {{name}} does not run in a VPC',
  },
  remediation: {
    text: 'Move the instance into a VPC (modify its DB subnet group to one in a VPC, or restore a snapshot into a VPC).',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-18',
  ],
  check(db, ctx) {
    const vpcId = need(db.config, 'vpcId');
    if (vpcId !== null) return ctx.pass({ vpcId });
    return ctx.fail('classic', { name: db.name });
  },
});
