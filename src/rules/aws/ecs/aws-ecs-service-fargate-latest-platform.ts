import { defineRule, need } from '../../api.js';

/** The latest Fargate platform versions (Linux 1.4.0, Windows 1.0.0), as AWS Security Hub checks them. */
const LATEST: Record<string, string> = { linux: '1.4.0', windows: '1.0.0' };

export const rule = defineRule({
  id: 'aws-ecs-service-fargate-latest-platform',
  title: 'ECS Fargate services run the latest Fargate platform version',
  description:
    'Fargate platform versions carry the kernel, container runtime and agent the tasks run on. Older ' +
    'versions miss security fixes and features (such as ephemeral storage encryption); services should ' +
    'run LATEST or the newest version.',
  severity: 'medium',
  category: 'compute',
  aspects: [],
  assetTypes: ['aws.ecs.service'],
  messages: {
    old: 'ECS service {{name}} runs on Fargate platform version {{version}} (latest is {{latest}})',
  },
  remediation: {
    text: 'Set the platform version of the service to LATEST and redeploy it.',
    cli: 'aws ecs update-service --cluster <cluster> --service <service> --platform-version LATEST --force-new-deployment',
    terraform: 'resource "aws_ecs_service" "this" {\n  platform_version = "LATEST"\n  # ...\n}',
  },
  references: ['https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-10'],
  check(s, ctx) {
    const launch = need(s.config, 'launchType');
    const providers = need(s.config, 'capacityProviders');
    if (launch !== 'FARGATE' && !providers.some((p) => p.startsWith('FARGATE')))
      return ctx.notApplicable('the service does not run on Fargate');
    const version = need(s.config, 'platformVersion');
    if (version === null || version === 'LATEST') return ctx.pass({ platformVersion: version ?? 'LATEST' });
    const family = need(s.config, 'platformFamily');
    const latest = LATEST[family !== null && family.startsWith('WINDOWS') ? 'windows' : 'linux']!;
    if (version !== latest) return ctx.fail('old', { name: s.name, version, latest });
    return ctx.pass({ platformVersion: version });
  },
});
