import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { exportAllSink, ORG_UID, secureProject } from '../testing/fixtures.js';
import { rule } from './gcp-logging-project-sink-exports-all-logs.js';

const project = assetOf('gcp.resourcemanager.project', secureProject, {
  name: 'acme-prod',
  account: 'acme-prod',
  region: 'global',
  relations: [{ kind: 'child-of', target: ORG_UID }],
});
const sink = (config: Partial<typeof exportAllSink>, account = 'acme-prod') =>
  assetOf(
    'gcp.logging.sink',
    { ...exportAllSink, ...config },
    { name: 'all', account, region: 'global', uid: `//logging.googleapis.com/${account}/sinks/all` },
  );

runRuleTests(rule, {
  valid: [
    { name: 'project sink with no filter', asset: project, related: [sink({})] },
    {
      name: 'organisation sink with includeChildren',
      asset: project,
      related: [sink({ includeChildren: true }, 'organizations/777')],
    },
  ],
  invalid: [
    {
      name: 'only a filtered sink, and an organisation sink without includeChildren',
      asset: project,
      related: [sink({ filter: 'severity>=ERROR' }), sink({}, 'organizations/777')],
      messageId: 'none',
      message: 'No sink exports all log entries of project acme-prod',
    },
    { name: 'a disabled sink', asset: project, related: [sink({ disabled: true })], messageId: 'none' },
  ],
  unknown: [{ name: 'no sink seen, sinks not known to be collected completely', asset: project }],
});
