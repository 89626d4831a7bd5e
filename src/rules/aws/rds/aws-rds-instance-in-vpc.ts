import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-rds-instance-in-vpc',
  title: 'RDS DB instances run in a VPC',
  description:
    'A DB instance outside a VPC (EC2-Classic) cannot be isolated with security groups, network ACLs and ' +
    'private subnets, nor reached through VPC endpoints. Every DB instance should live in a VPC subnet group.',
  severity: 'high',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['aws.rds.db-instance'],
  messages: {
    noVpc: 'DB instance {{name}} does not run in a VPC',
  },
  remediation: {
    text: 'Move the instance into a VPC: create a DB subnet group in the VPC and modify the instance to use it (or restore a snapshot into the VPC).',
    cli: 'aws rds modify-db-instance --db-instance-identifier <id> --db-subnet-group-name <subnet-group> --apply-immediately',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-18',
  ],
  check(db, ctx) {
    const vpcId = need(db.config, 'vpcId');
    if (vpcId === null) return ctx.fail('noVpc', { name: db.name });
    return ctx.pass({ vpcId });
  },
});
