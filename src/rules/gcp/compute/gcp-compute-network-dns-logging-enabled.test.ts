import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { loggingDnsPolicy, NETWORK_UID, PROJECT, secureNetwork } from '../testing/fixtures.js';
import { rule } from './gcp-compute-network-dns-logging-enabled.js';

const network = assetOf('gcp.compute.network', secureNetwork, {
  name: 'prod-vpc',
  uid: NETWORK_UID,
  account: PROJECT,
  region: 'global',
});

const policy = (config: Partial<typeof loggingDnsPolicy>, name = 'dns-logging', account = PROJECT) => {
  const c = { ...loggingDnsPolicy, ...config };
  const networks = Array.isArray(c.networks) ? c.networks : [];
  return assetOf('gcp.dns.policy', c, {
    name,
    account,
    uid: `//dns.googleapis.com/projects/${account}/policies/${name}`,
    region: 'global',
    relations: networks.map((target) => ({ kind: 'applies-to', target })),
  });
};

const otherNetwork = '//compute.googleapis.com/projects/acme-prod/global/networks/other';

runRuleTests(rule, {
  valid: [
    { name: 'a logging policy applies', asset: network, related: [policy({})] },
    {
      name: 'one of the applying policies logs',
      asset: network,
      related: [policy({ enableLogging: false }, 'forwarding'), policy({}, 'logging')],
    },
  ],
  invalid: [
    {
      name: 'no policy at all, in a project whose DNS policies were exported',
      asset: network,
      complete: ['gcp.dns.policy'],
      messageId: 'noPolicy',
      message: 'Network prod-vpc has no DNS server policy, so its DNS queries are not logged',
    },
    {
      name: 'the logging policy is bound to another network',
      asset: network,
      related: [policy({ networks: [otherNetwork] })],
      messageId: 'noPolicy',
    },
    {
      name: 'the policy does not log',
      asset: network,
      related: [policy({ enableLogging: false }, 'inbound-forwarding')],
      messageId: 'loggingOff',
      message: 'Network prod-vpc has DNS server policy inbound-forwarding, which does not log queries',
    },
    {
      name: 'a policy of another project with unreadable networks does not count',
      asset: network,
      related: [policy({ networks: unknown('no data') }, 'elsewhere', 'other-project')],
      complete: ['gcp.dns.policy'],
      messageId: 'noPolicy',
    },
  ],
  unknown: [
    {
      name: "no policy, and nothing shows the project's DNS policies were exported",
      asset: network,
      related: [policy({ networks: unknown('no data') }, 'elsewhere', 'other-project')],
      field: 'DNS policies',
    },
    {
      name: 'logging setting of the applying policy unknown',
      asset: network,
      related: [policy({ enableLogging: unknown('the CAI record has no resource data') })],
      field: 'enableLogging of DNS policy dns-logging',
    },
    {
      name: 'networks of a policy in the same project unknown',
      asset: network,
      related: [policy({ networks: unknown('the CAI record has no resource data') })],
      field: 'networks of DNS policy dns-logging',
    },
  ],
});
