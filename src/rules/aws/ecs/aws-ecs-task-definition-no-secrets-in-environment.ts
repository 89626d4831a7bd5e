import { defineRule, need } from '../../api.js';
import { inactiveReason } from './containers.js';

/** Variable names that carry credentials (AWS Security Hub's list, and the common spellings of secrets). */
const SECRET_NAMES = new Set([
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'ECS_ENGINE_AUTH_DATA',
]);
const SECRET_PATTERN = /(^|_)(PASSWORD|PASSWD|SECRET|SECRET_KEY|PRIVATE_KEY|API_KEY|TOKEN)$/i;

export const rule = defineRule({
  id: 'aws-ecs-task-definition-no-secrets-in-environment',
  title: 'Secrets are not passed to ECS containers as environment variables',
  description:
    'Environment variables are stored in clear text in the task definition: anyone who can describe task ' +
    'definitions (and every log or tool that dumps them) reads the credentials. Pass secrets with the ' +
    'secrets field from Secrets Manager or SSM Parameter Store instead. Only variable names are read; ' +
    'values are never kept.',
  severity: 'high',
  category: 'compute',
  aspects: ['credentials'],
  assetTypes: ['aws.ecs.task-definition'],
  messages: {
    secrets: 'Task definition {{name}} passes {{variables}} as plain environment variables',
  },
  remediation: {
    text: 'Move the values to Secrets Manager or SSM Parameter Store, reference them in the container secrets field, register a new revision, and rotate the exposed credentials.',
    terraform:
      'resource "aws_ecs_task_definition" "this" {\n  container_definitions = jsonencode([{\n    name    = "app"\n    secrets = [{ name = "DB_PASSWORD", valueFrom = aws_secretsmanager_secret.db.arn }]\n  }])\n  # ...\n}',
  },
  references: ['https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-8'],
  check(td, ctx) {
    const inactive = inactiveReason(td);
    if (inactive !== undefined) return ctx.notApplicable(inactive);
    const found = need(td.config, 'containers').flatMap((c) =>
      c.environmentNames
        .filter((n) => SECRET_NAMES.has(n.toUpperCase()) || SECRET_PATTERN.test(n))
        .map((n) => `${c.name}/${n}`),
    );
    if (found.length > 0)
      return ctx.fail('secrets', { name: td.name, variables: found.join(', ') }, { variables: found });
    return ctx.pass();
  },
});
