import { defineRule, need } from '../../api.js';
import { defaultEnginePort } from '../../../inventory/aws/rds.js';

export const rule = defineRule({
  id: 'aws-rds-instance-non-default-port',
  title: "RDS DB instances do not listen on the engine's default port",
  description:
    'Scanners probe 3306, 5432, 1433 and 1521 first. A non-default port does not replace network controls, but it takes the database out of the cheapest automated sweeps.',
  severity: 'low',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['aws.rds.db-instance'],
  messages: {
    default: "DB instance {{name}} listens on {{engine}}'s default port {{port}}",
  },
  remediation: {
    text: 'Change the instance (or cluster) port to a non-default one and update the clients and security groups.',
    cli: 'aws rds modify-db-instance --db-instance-identifier <id> --db-port-number <port> --apply-immediately',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ModifyInstance.Settings.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-23',
  ],
  check(db, ctx) {
    const engine = need(db.config, 'engine');
    const standard = defaultEnginePort(engine);
    if (standard === undefined) return ctx.notApplicable('no known default port for this engine');
    const port = need(db.config, 'port');
    if (port === null) return ctx.notApplicable('the instance reports no port');
    if (port === standard) return ctx.fail('default', { name: db.name, engine, port });
    return ctx.pass({ port });
  },
});
