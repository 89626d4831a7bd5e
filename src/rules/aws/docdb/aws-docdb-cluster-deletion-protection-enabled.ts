import { defineRule, need } from '../../api.js';
import { clusterFamily } from '../../../inventory/aws/rds.js';

export const rule = defineRule({
  id: 'aws-docdb-cluster-deletion-protection-enabled',
  title: 'DocumentDB clusters have deletion protection enabled',
  description:
    'Deletion protection stops a DocumentDB cluster from being deleted by a mistaken call or an attacker with ordinary write access; it must be switched off first, a deliberate and audited change.',
  severity: 'medium',
  category: 'database',
  aspects: ['resilience'],
  assetTypes: ['aws.rds.db-cluster'],
  messages: {
    off: 'DocumentDB cluster {{name}} can be deleted without first turning off deletion protection',
  },
  remediation: {
    text: 'Turn on deletion protection for the cluster.',
    cli: 'aws docdb modify-db-cluster --db-cluster-identifier <id> --deletion-protection --apply-immediately',
    terraform: 'resource "aws_docdb_cluster" "this" {\n  # ...\n  deletion_protection = true\n}',
  },
  references: [
    'https://docs.aws.amazon.com/documentdb/latest/developerguide/db-cluster-delete.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/documentdb-controls.html#documentdb-5',
  ],
  check(c, ctx) {
    if (clusterFamily(need(c.config, 'engine')) !== 'docdb')
      return ctx.notApplicable('not a DocumentDB cluster');
    if (need(c.config, 'deletionProtection')) return ctx.pass();
    return ctx.fail('off', { name: c.name });
  },
});
