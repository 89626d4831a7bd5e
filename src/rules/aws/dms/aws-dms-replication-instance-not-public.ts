import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-dms-replication-instance-not-public',
  title: 'DMS replication instances are not publicly accessible',
  description:
    'A replication instance holds credentials for and connections to both the source and the target database. A public one has a public IP address reachable from the internet.',
  severity: 'critical',
  category: 'database',
  aspects: ['exposure'],
  assetTypes: ['aws.dms.replication-instance'],
  messages: {
    public: 'DMS replication instance {{name}} is publicly accessible',
  },
  remediation: {
    text: 'A replication instance cannot be made private after creation: create a private one, move the tasks to it, and delete the public one.',
    terraform: 'resource "aws_dms_replication_instance" "this" {\n  # ...\n  publicly_accessible = false\n}',
  },
  references: [
    'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_ReplicationInstance.PublicPrivate.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/dms-controls.html#dms-1',
  ],
  check(d, ctx) {
    if (!need(d.config, 'publiclyAccessible')) return ctx.pass();
    return ctx.fail('public', { name: d.name });
  },
});
