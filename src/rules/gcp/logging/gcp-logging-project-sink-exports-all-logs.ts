import { defineRule } from '../../api.js';

export const rule = defineRule({
  id: 'gcp-logging-project-sink-exports-all-logs',
  title: 'Every log entry of the project is exported by a sink',
  description:
    'Cloud Logging keeps most logs for 30 days. A sink with an empty filter (in the project, or on a folder or the ' +
    'organisation above it with includeChildren) copies every entry to storage the organisation controls, for ' +
    'the retention that investigations and regulators need.',
  severity: 'medium',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['gcp.resourcemanager.project'],
  requires: ['gcp.logging.sink'],
  messages: {
    none: 'No sink exports all log entries of project {{project}}',
  },
  remediation: {
    text: 'Create a sink with no filter (at the organisation with --include-children, or in the project) to a Cloud Storage bucket, BigQuery dataset or log bucket.',
    cli: 'gcloud logging sinks create all-logs storage.googleapis.com/<bucket> --organization=<org-id> --include-children',
  },
  references: ['https://cloud.google.com/logging/docs/export/configure_export_v2'],
  check(project, ctx) {
    const ancestors = new Set(
      project.relations
        .filter((r) => r.kind === 'child-of')
        .map((r) => r.target.replace('//cloudresourcemanager.googleapis.com/', '')),
    );
    const exportsAll = (s: { config: { filter: unknown; disabled: unknown } }) =>
      s.config.filter === '' && s.config.disabled === false;
    const sinks = ctx
      .assets('gcp.logging.sink')
      .filter(
        (s) =>
          (s.account === project.account ||
            (ancestors.has(s.account) && s.config.includeChildren === true)) &&
          exportsAll(s),
      );
    if (sinks.length > 0) return ctx.pass({ sinks: sinks.map((s) => s.uid) });
    // "No such sink" is a finding only when the project's sinks were read completely.
    if (!ctx.covered('gcp.logging.sink', { account: project.account }))
      return ctx.unknown(
        'log sinks',
        `the sources hold no log sink of ${project.account} exporting every entry, and do not show that its sinks were collected completely`,
      );
    return ctx.fail('none', { project: project.name });
  },
});
