import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-redshift-cluster-major-version-upgrade-enabled',
  title: 'Redshift clusters take major version upgrades automatically',
  description:
    'Major version upgrades bring security fixes and engine improvements. A cluster that does not allow them stays on an old engine until someone upgrades it by hand.',
  severity: 'medium',
  category: 'database',
  aspects: ['resilience'],
  assetTypes: ['aws.redshift.cluster'],
  messages: {
    off: 'Redshift cluster {{name}} does not allow automatic major version upgrades',
  },
  remediation: {
    text: 'Allow version upgrades so the cluster is upgraded in its maintenance window.',
    cli: 'aws redshift modify-cluster --cluster-identifier <cluster> --allow-version-upgrade',
    terraform: 'resource "aws_redshift_cluster" "this" {\n  # ...\n  allow_version_upgrade = true\n}',
  },
  references: [
    'https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-clusters.html#rs-mgmt-set-maintenance-track',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html#redshift-6',
  ],
  check(d, ctx) {
    if (need(d.config, 'allowVersionUpgrade')) return ctx.pass();
    return ctx.fail('off', { name: d.name });
  },
});
