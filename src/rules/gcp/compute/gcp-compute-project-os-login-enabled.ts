import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'gcp-compute-project-os-login-enabled',
  title: 'OS Login is enabled for the project',
  description:
    'OS Login ties SSH access to VMs to IAM identities (with 2-step verification and central revocation) instead ' +
    'of SSH keys copied into metadata, which nobody reviews and which outlive the people who added them.',
  severity: 'medium',
  category: 'compute',
  aspects: ['credentials', 'privilege'],
  assetTypes: ['gcp.compute.project'],
  messages: {
    off: 'Project {{name}} does not enable OS Login in its metadata ({{state}})',
  },
  remediation: {
    text: 'Set the project metadata enable-oslogin=TRUE (and enforce constraints/compute.requireOsLogin in the organisation).',
    cli: 'gcloud compute project-info add-metadata --project=<project> --metadata=enable-oslogin=TRUE',
    terraform:
      'resource "google_compute_project_metadata_item" "oslogin" {\n  key   = "enable-oslogin"\n  value = "TRUE"\n}',
  },
  references: ['https://cloud.google.com/compute/docs/oslogin/set-up-oslogin'],
  check(p, ctx) {
    const on = need(p.config, 'osLoginEnabled');
    if (on === true) return ctx.pass();
    return ctx.fail('off', {
      name: p.name,
      state: on === null ? 'enable-oslogin not set' : 'enable-oslogin=FALSE',
    });
  },
});
