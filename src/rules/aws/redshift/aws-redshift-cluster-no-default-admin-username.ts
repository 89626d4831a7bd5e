import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-redshift-cluster-no-default-admin-username',
  title: 'Redshift clusters do not use the default admin user name',
  description:
    'awsuser is the admin user name the console suggests, so it is the first name tried in a password-guessing attack. A name of your own makes such an attack need two guesses instead of one.',
  severity: 'high',
  category: 'identity',
  aspects: ['credentials'],
  assetTypes: ['aws.redshift.cluster'],
  messages: {
    default: 'Redshift cluster {{name}} uses the default admin user name awsuser',
  },
  remediation: {
    text: 'The admin user name cannot be changed: create a new cluster with another admin user name from a snapshot, and retire the old one.',
    terraform: 'resource "aws_redshift_cluster" "this" {\n  # ...\n  master_username = "wh_admin"\n}',
  },
  references: [
    'https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-clusters.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html#redshift-8',
  ],
  check(d, ctx) {
    if (need(d.config, 'masterUsername') !== 'awsuser') return ctx.pass();
    return ctx.fail('default', { name: d.name });
  },
});
