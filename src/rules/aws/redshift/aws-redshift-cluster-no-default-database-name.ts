import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-redshift-cluster-no-default-database-name',
  title: 'Redshift clusters do not use the default database name',
  description:
    'dev is the database name Redshift creates by default and so the one attackers and scripts try first. A name of your own takes that guess away.',
  severity: 'medium',
  category: 'database',
  aspects: ['exposure'],
  assetTypes: ['aws.redshift.cluster'],
  messages: {
    default: 'Redshift cluster {{name}} uses the default database name dev',
  },
  remediation: {
    text: 'The database name cannot be changed: create a new cluster with another database name and move the data.',
    terraform: 'resource "aws_redshift_cluster" "this" {\n  # ...\n  database_name = "analytics"\n}',
  },
  references: [
    'https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-clusters.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html#redshift-9',
  ],
  check(d, ctx) {
    if (need(d.config, 'dbName') !== 'dev') return ctx.pass();
    return ctx.fail('default', { name: d.name });
  },
});
