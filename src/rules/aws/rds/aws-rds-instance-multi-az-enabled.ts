import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-rds-instance-multi-az-enabled',
  title: 'RDS DB instances run in multiple Availability Zones',
  description:
    'A Multi-AZ deployment keeps a synchronous standby in another Availability Zone and fails over to it ' +
    'automatically, so a zone outage or host failure does not take the database down. Instances in a DB ' +
    'cluster (Aurora, Multi-AZ clusters) get this from the cluster and are not assessed here.',
  severity: 'medium',
  category: 'database',
  aspects: ['resilience'],
  assetTypes: ['aws.rds.db-instance'],
  messages: {
    single: 'DB instance {{name}} runs in a single Availability Zone',
  },
  remediation: {
    text: 'Convert the instance to a Multi-AZ deployment (applied in the next maintenance window unless applied immediately).',
    cli: 'aws rds modify-db-instance --db-instance-identifier <id> --multi-az --apply-immediately',
    terraform: 'resource "aws_db_instance" "this" {\n  # ...\n  multi_az = true\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZSingleStandby.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-5',
  ],
  check(db, ctx) {
    if (need(db.config, 'clusterIdentifier') !== null)
      return ctx.notApplicable('availability is set on the DB cluster');
    if (need(db.config, 'multiAZ')) return ctx.pass();
    return ctx.fail('single', { name: db.name });
  },
});
