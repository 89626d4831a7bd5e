import { defineRule } from '../../api.js';

export const rule = defineRule({
  id: 'azure-monitor-subscription-app-insights-configured',
  title: 'Subscriptions use Application Insights',
  description:
    'Application Insights records application requests, failures and dependencies, the evidence needed to ' +
    'spot and investigate attacks at the application layer. A subscription is judged by whether it has at ' +
    'least one Application Insights component; absence is only concluded when the sources listed the ' +
    'subscription completely.',
  severity: 'low',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['azure.subscription'],
  requires: ['azure.monitor.app-insights'],
  messages: { none: 'Subscription {{name}} has no Application Insights component' },
  remediation: {
    text: 'Create a workspace-based Application Insights component and instrument the applications in the subscription.',
    cli: 'az monitor app-insights component create --app <name> --location <region> --resource-group <rg> --workspace <workspace-id>',
  },
  references: ['https://learn.microsoft.com/en-us/azure/azure-monitor/app/app-insights-overview'],
  check(subscription, ctx) {
    const components = ctx.assets('azure.monitor.app-insights', { account: subscription.account });
    if (components.length > 0) return ctx.pass({ component: components[0]!.uid });
    if (!ctx.covered('azure.monitor.app-insights', { account: subscription.account }))
      return ctx.unknown(
        'application insights',
        `the sources did not list every resource of subscription ${subscription.account}`,
      );
    return ctx.fail('none', { name: subscription.name });
  },
});
