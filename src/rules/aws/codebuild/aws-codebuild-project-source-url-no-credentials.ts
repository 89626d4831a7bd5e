import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-codebuild-project-source-url-no-credentials',
  title: 'CodeBuild project source URLs carry no credentials',
  description:
    'A user name and password or a personal access token in a source repository URL is stored in clear text in the project, shown in the console and API to anyone who can read the project, and written to logs.',
  severity: 'critical',
  category: 'identity',
  aspects: ['credentials'],
  assetTypes: ['aws.codebuild.project'],
  messages: {
    creds: 'CodeBuild project {{name}} has credentials in the URL of its {{types}} source',
  },
  remediation: {
    text: 'Remove the credentials from the URL, rotate them, and connect the repository with a CodeConnections (CodeStar) connection or OAuth instead.',
  },
  references: [
    'https://docs.aws.amazon.com/codebuild/latest/userguide/access-tokens.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/codebuild-controls.html#codebuild-1',
  ],
  check(d, ctx) {
    const sources = need(d.config, 'sources');
    const leaky = sources.filter((s) => s.credentialsInUrl);
    if (leaky.length === 0) return ctx.pass();
    // Locations are masked at the source; only their types and masked form reach the evidence.
    return ctx.fail(
      'creds',
      { name: d.name, types: [...new Set(leaky.map((s) => s.type))].join(', ') },
      { sources: leaky.map((s) => s.location) },
    );
  },
});
