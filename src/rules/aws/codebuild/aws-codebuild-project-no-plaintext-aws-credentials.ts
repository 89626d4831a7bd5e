import { defineRule, need } from '../../api.js';

/** Variables the AWS SDKs and CLI read as credentials. */
const CREDENTIAL_VARIABLES = new Set(['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']);
export const rule = defineRule({
  id: 'aws-codebuild-project-no-plaintext-aws-credentials',
  title: 'CodeBuild project environment variables hold no clear-text AWS credentials',
  description:
    "Plain-text environment variables are stored and shown in clear text to anyone who can read the project. AWS access keys there are long-lived credentials waiting to be copied; builds should use the project's service role, or Secrets Manager and Parameter Store references.",
  severity: 'critical',
  category: 'identity',
  aspects: ['credentials'],
  assetTypes: ['aws.codebuild.project'],
  messages: {
    plain: 'CodeBuild project {{name}} holds {{variables}} as plain-text environment variables',
  },
  remediation: {
    text: 'Remove the access keys from the project, deactivate and rotate them, and give the build its permissions through the service role (or reference Secrets Manager / Parameter Store).',
  },
  references: [
    'https://docs.aws.amazon.com/codebuild/latest/userguide/build-env-ref-env-vars.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/codebuild-controls.html#codebuild-2',
  ],
  check(d, ctx) {
    const plain = need(d.config, 'environmentVariables').filter(
      (v) => v.type === 'PLAINTEXT' && CREDENTIAL_VARIABLES.has(v.name.toUpperCase()),
    );
    if (plain.length === 0) return ctx.pass();
    return ctx.fail('plain', { name: d.name, variables: plain.map((v) => v.name).join(', ') });
  },
});
