import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-redshift-cluster-audit-logging-enabled',
  title: 'Redshift clusters have audit logging enabled',
  description:
    'Audit logging records connections, user changes and the queries run against the warehouse. Without it, who read or changed the data cannot be established.',
  severity: 'medium',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['aws.redshift.cluster'],
  messages: {
    off: 'Redshift cluster {{name}} does not have audit logging enabled',
  },
  remediation: {
    text: 'Enable audit logging to S3 or CloudWatch Logs (connection, user and user activity logs; the last needs enable_user_activity_logging in the parameter group).',
    cli: 'aws redshift enable-logging --cluster-identifier <cluster> --log-destination-type cloudwatch --log-exports connectionlog userlog useractivitylog',
  },
  references: [
    'https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html#redshift-4',
  ],
  check(d, ctx) {
    if (need(d.config, 'auditLoggingEnabled')) return ctx.pass();
    return ctx.fail('off', { name: d.name });
  },
});
