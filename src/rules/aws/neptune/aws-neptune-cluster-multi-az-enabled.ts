import { defineRule, need } from '../../api.js';
import { clusterFamily } from '../../../inventory/aws/rds.js';

export const rule = defineRule({
  id: 'aws-neptune-cluster-multi-az-enabled',
  title: 'Neptune clusters have instances in multiple Availability Zones',
  description:
    'A Neptune cluster whose instances are all in one Availability Zone goes down with that zone. With a read replica in another zone, Neptune promotes it automatically on failure.',
  severity: 'medium',
  category: 'database',
  aspects: ['resilience'],
  assetTypes: ['aws.rds.db-cluster'],
  messages: {
    single: 'Neptune cluster {{name}} runs in a single Availability Zone',
  },
  remediation: {
    text: 'Add a read replica instance in another Availability Zone.',
    cli: 'aws neptune create-db-instance --db-cluster-identifier <id> --db-instance-identifier <id>-replica --engine neptune --db-instance-class <class> --availability-zone <other-az>',
  },
  references: [
    'https://docs.aws.amazon.com/neptune/latest/userguide/feature-overview-availability.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/neptune-controls.html#neptune-9',
  ],
  check(c, ctx) {
    if (clusterFamily(need(c.config, 'engine')) !== 'neptune')
      return ctx.notApplicable('not a Neptune cluster');
    if (need(c.config, 'multiAZ')) return ctx.pass();
    return ctx.fail('single', { name: c.name });
  },
});
