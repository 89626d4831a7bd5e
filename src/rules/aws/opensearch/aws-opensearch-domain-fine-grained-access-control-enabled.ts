import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-opensearch-domain-fine-grained-access-control-enabled',
  title: 'OpenSearch and Elasticsearch domains have fine-grained access control enabled',
  description:
    'Fine-grained access control adds users, roles and index-, document- and field-level permissions to a domain. Without it, anyone the access policy lets in can read and change every index.',
  severity: 'high',
  category: 'identity',
  aspects: ['privilege'],
  assetTypes: ['aws.opensearch.domain'],
  messages: {
    off: 'OpenSearch domain {{name}} does not have fine-grained access control enabled',
  },
  remediation: {
    text: 'Enable fine-grained access control (needs encryption at rest, node-to-node encryption and HTTPS) with an IAM master user or an internal user database.',
    cli: 'aws opensearch update-domain-config --domain-name <domain> --advanced-security-options "Enabled=true,InternalUserDatabaseEnabled=false,MasterUserOptions={MasterUserARN=<role-arn>}"',
  },
  references: [
    'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/fgac.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/opensearch-controls.html#opensearch-7',
  ],
  check(d, ctx) {
    if (need(d.config, 'fineGrainedAccessControl')) return ctx.pass();
    return ctx.fail('off', { name: d.name });
  },
});
