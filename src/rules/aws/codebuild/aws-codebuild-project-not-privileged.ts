import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-codebuild-project-not-privileged',
  title: 'CodeBuild project environments do not run in privileged mode',
  description:
    "Privileged mode gives the build container access to the host's devices and the Docker daemon. A malicious dependency or build script can then escape the container. Enable it only for projects that build Docker images.",
  severity: 'high',
  category: 'compute',
  aspects: ['privilege'],
  assetTypes: ['aws.codebuild.project'],
  messages: {
    privileged: 'CodeBuild project {{name}} runs its builds in privileged mode',
  },
  remediation: {
    text: 'Turn off privileged mode unless the project builds Docker images.',
    cli: 'aws codebuild update-project --name <project> --environment "type=<type>,image=<image>,computeType=<size>,privilegedMode=false"',
  },
  references: [
    'https://docs.aws.amazon.com/codebuild/latest/userguide/change-project-console.html#change-project-console-environment',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/codebuild-controls.html#codebuild-5',
  ],
  check(d, ctx) {
    if (!need(d.config, 'privilegedMode')) return ctx.pass();
    return ctx.fail('privileged', { name: d.name });
  },
});
