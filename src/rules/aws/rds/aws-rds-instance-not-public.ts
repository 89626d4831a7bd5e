import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-rds-instance-not-public',
  title: 'RDS DB instances are not publicly accessible',
  description:
    'A publicly accessible DB instance gets a DNS name that resolves to a public IP address, so it can be ' +
    'reached from the internet wherever its security groups allow. Databases should only be reachable from ' +
    'inside the VPC.',
  severity: 'critical',
  category: 'database',
  aspects: ['exposure'],
  assetTypes: ['aws.rds.db-instance'],
  messages: {
    public: 'DB instance {{name}} is publicly accessible',
  },
  remediation: {
    text: 'Turn off public accessibility for the DB instance and reach it from inside the VPC (or through a bastion / VPN).',
    cli: 'aws rds modify-db-instance --db-instance-identifier <id> --no-publicly-accessible --apply-immediately',
    terraform: 'resource "aws_db_instance" "this" {\n  # ...\n  publicly_accessible = false\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-2',
  ],
  check(db, ctx) {
    if (need(db.config, 'publiclyAccessible')) {
      return ctx.fail(
        'public',
        { name: db.name },
        { port: db.config.port, vpcSecurityGroupIds: db.config.vpcSecurityGroupIds },
      );
    }
    return ctx.pass();
  },
});
