import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-rds-instance-mysql-tls-required',
  title: 'RDS for MySQL DB instances require TLS connections',
  description:
    'Unless the DB parameter group sets require_secure_transport to ON, clients may connect without TLS and send credentials and data in clear across the network. The value is read from the parameter group the instance uses, which AWS Config does not record: import results are unknown, a live scan judges it.',
  severity: 'medium',
  category: 'encryption',
  aspects: ['encryption'],
  assetTypes: ['aws.rds.db-instance'],
  messages: {
    optional:
      'RDS for MySQL DB instance {{name}} accepts connections without TLS (require_secure_transport is not ON)',
  },
  remediation: {
    text: 'Set require_secure_transport to ON in a custom DB parameter group and attach it to the instance (the default groups cannot be changed).',
    cli: 'aws rds modify-db-parameter-group --db-parameter-group-name <group> --parameters "ParameterName=require_secure_transport,ParameterValue=ON,ApplyMethod=immediate"',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/mysql-ssl-connections.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-39',
  ],
  check(db, ctx) {
    const engine = need(db.config, 'engine');
    if (engine !== 'mysql' && engine !== 'mariadb') return ctx.notApplicable('not an RDS for MySQL instance');
    if (need(db.config, 'requireTls') === true) return ctx.pass();
    return ctx.fail('optional', { name: db.name });
  },
});
