import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-dms-replication-instance-auto-minor-upgrade-enabled',
  title: 'DMS replication instances take minor version upgrades automatically',
  description:
    'Minor engine versions fix bugs and security flaws. With automatic minor version upgrade on, the replication instance takes them in its maintenance window.',
  severity: 'medium',
  category: 'database',
  aspects: ['resilience'],
  assetTypes: ['aws.dms.replication-instance'],
  messages: {
    off: 'DMS replication instance {{name}} does not take minor version upgrades automatically',
  },
  remediation: {
    text: 'Turn on automatic minor version upgrade.',
    cli: 'aws dms modify-replication-instance --replication-instance-arn <arn> --auto-minor-version-upgrade',
    terraform:
      'resource "aws_dms_replication_instance" "this" {\n  # ...\n  auto_minor_version_upgrade = true\n}',
  },
  references: [
    'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_ReplicationInstance.Modifying.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/dms-controls.html#dms-6',
  ],
  check(d, ctx) {
    if (need(d.config, 'autoMinorVersionUpgrade')) return ctx.pass();
    return ctx.fail('off', { name: d.name });
  },
});
