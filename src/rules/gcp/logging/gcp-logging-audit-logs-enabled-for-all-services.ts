import { defineRule } from '../../api.js';
import { ANCESTOR_TYPES, effectiveAuditConfigs } from '../iam/inherited.js';

const LOG_TYPES = ['ADMIN_READ', 'DATA_READ', 'DATA_WRITE'] as const;

export const rule = defineRule({
  id: 'gcp-logging-audit-logs-enabled-for-all-services',
  title: 'Projects record Data Access audit logs for all services',
  description:
    'Admin Activity logs are always on, but reads of configuration and reads and writes of user data are ' +
    'recorded only when Data Access audit logs are enabled. Without ADMIN_READ, DATA_READ and DATA_WRITE for ' +
    'all services (and no exempted principals), there is no record of who read or changed which data.',
  severity: 'medium',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['gcp.resourcemanager.project'],
  requires: ANCESTOR_TYPES,
  messages: {
    none: 'Project {{project}} has no Data Access audit log configuration for allServices',
    missing: 'Project {{project}} does not record {{logTypes}} audit logs for allServices',
    exempted: 'Project {{project}} exempts {{members}} from {{logTypes}} audit logs',
  },
  remediation: {
    text:
      'Enable ADMIN_READ, DATA_READ and DATA_WRITE audit logs for allServices (at the organisation, folder or ' +
      'project) and remove any exempted principals.',
    cli:
      'gcloud projects get-iam-policy <project> > policy.yaml\n' +
      '# add under auditConfigs: - service: allServices, auditLogConfigs: ADMIN_READ, DATA_READ, DATA_WRITE\n' +
      'gcloud projects set-iam-policy <project> policy.yaml',
    terraform:
      'resource "google_project_iam_audit_config" "all" {\n  project = "<project>"\n  service = "allServices"\n  audit_log_config { log_type = "ADMIN_READ" }\n  audit_log_config { log_type = "DATA_READ" }\n  audit_log_config { log_type = "DATA_WRITE" }\n}',
  },
  references: [
    'https://cloud.google.com/logging/docs/audit/configure-data-access',
    'https://cloud.google.com/logging/docs/audit#data-access',
  ],
  check(project, ctx) {
    // Audit configs set on a folder or the organisation apply to every project below (additively).
    const { configs: effective } = effectiveAuditConfigs(project, ctx);
    const all = effective.filter((c) => c.service === 'allServices');
    if (all.length === 0) return ctx.fail('none', { project: project.name });
    const configs = all.flatMap((c) => c.auditLogConfigs);
    const missing = LOG_TYPES.filter((t) => !configs.some((c) => c.logType === t));
    if (missing.length > 0)
      return ctx.fail(
        'missing',
        { project: project.name, logTypes: missing.join(', ') },
        { auditConfigs: all },
      );
    const exempting = configs.filter((c) => c.exemptedMembers.length > 0);
    if (exempting.length > 0) {
      const members = [...new Set(exempting.flatMap((c) => c.exemptedMembers))];
      return ctx.fail(
        'exempted',
        {
          project: project.name,
          members: members.join(', '),
          logTypes: [...new Set(exempting.map((c) => c.logType))].join(', '),
        },
        { auditConfigs: all },
      );
    }
    return ctx.pass({ auditConfigs: all });
  },
});
