import { defineRule, need } from '../../api.js';
import { clusterFamily } from '../../../inventory/aws/rds.js';

export const rule = defineRule({
  id: 'aws-rds-cluster-multi-az-enabled',
  title: 'RDS DB clusters span multiple Availability Zones',
  description:
    'A cluster with instances in only one Availability Zone goes down with that zone. With a reader (Aurora) or a standby (Multi-AZ DB cluster) in another zone, RDS fails over automatically.',
  severity: 'medium',
  category: 'database',
  aspects: ['resilience'],
  assetTypes: ['aws.rds.db-cluster'],
  messages: {
    single: 'DB cluster {{name}} runs in a single Availability Zone',
  },
  remediation: {
    text: 'Add a reader instance in another Availability Zone (Aurora), or create the cluster as a Multi-AZ DB cluster.',
    cli: 'aws rds create-db-instance --db-cluster-identifier <id> --db-instance-identifier <id>-reader --engine <engine> --db-instance-class <class> --availability-zone <other-az>',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Concepts.AuroraHighAvailability.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-15',
  ],
  check(c, ctx) {
    const family = clusterFamily(need(c.config, 'engine'));
    if (family === 'docdb' || family === 'neptune')
      return ctx.notApplicable(`${family} clusters are assessed by their own rules`);
    if (need(c.config, 'multiAZ')) return ctx.pass();
    return ctx.fail('single', { name: c.name });
  },
});
