import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-rds-instance-postgresql-tls-required',
  title: 'RDS for PostgreSQL DB instances require TLS connections',
  description:
    'Unless the DB parameter group sets rds.force_ssl to 1, clients may connect without TLS and send credentials and data in clear across the network. The value is read from the parameter group the instance uses, which AWS Config does not record: import results are unknown, a live scan judges it.',
  severity: 'medium',
  category: 'encryption',
  aspects: ['encryption'],
  assetTypes: ['aws.rds.db-instance'],
  messages: {
    optional:
      'RDS for PostgreSQL DB instance {{name}} accepts connections without TLS (rds.force_ssl is not 1)',
  },
  remediation: {
    text: 'Set rds.force_ssl to 1 in a custom DB parameter group and attach it to the instance (the default groups cannot be changed).',
    cli: 'aws rds modify-db-parameter-group --db-parameter-group-name <group> --parameters "ParameterName=rds.force_ssl,ParameterValue=1,ApplyMethod=immediate"',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/PostgreSQL.Concepts.General.SSL.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-38',
  ],
  check(db, ctx) {
    const engine = need(db.config, 'engine');
    if (engine !== 'postgres') return ctx.notApplicable('not an RDS for PostgreSQL instance');
    if (need(db.config, 'requireTls') === true) return ctx.pass();
    return ctx.fail('optional', { name: db.name });
  },
});
