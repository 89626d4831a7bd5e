import { defineRule, need } from '../../api.js';

/** Engines whose standalone instances support IAM database authentication. */
const IAM_AUTH_ENGINES = ['mysql', 'postgres', 'mariadb'];

export const rule = defineRule({
  id: 'aws-rds-instance-iam-authentication-enabled',
  title: 'RDS DB instances accept IAM database authentication',
  description:
    'With IAM database authentication, applications connect with short-lived tokens tied to IAM roles instead ' +
    'of long-lived database passwords kept in configuration, and access is granted and revoked in IAM. It ' +
    'applies to MySQL, MariaDB and PostgreSQL instances; cluster members are judged on the cluster.',
  severity: 'medium',
  category: 'database',
  aspects: ['credentials'],
  assetTypes: ['aws.rds.db-instance'],
  messages: {
    off: 'DB instance {{name}} ({{engine}}) does not accept IAM database authentication',
  },
  remediation: {
    text: 'Enable IAM database authentication on the instance, then move applications to IAM auth tokens.',
    cli: 'aws rds modify-db-instance --db-instance-identifier <id> --enable-iam-database-authentication --apply-immediately',
    terraform:
      'resource "aws_db_instance" "this" {\n  # ...\n  iam_database_authentication_enabled = true\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-10',
  ],
  check(db, ctx) {
    const engine = need(db.config, 'engine');
    if (!IAM_AUTH_ENGINES.includes(engine))
      return ctx.notApplicable(`${engine} instances do not support IAM authentication`);
    if (need(db.config, 'clusterIdentifier') !== null)
      return ctx.notApplicable('IAM authentication is set on the DB cluster');
    if (need(db.config, 'iamDatabaseAuthenticationEnabled')) return ctx.pass();
    return ctx.fail('off', { name: db.name, engine });
  },
});
