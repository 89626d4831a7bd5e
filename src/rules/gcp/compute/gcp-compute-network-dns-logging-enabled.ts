import { isUnknown } from '../../../model/unknown.js';
import { defineRule, known } from '../../api.js';

export const rule = defineRule({
  id: 'gcp-compute-network-dns-logging-enabled',
  title: 'VPC networks log DNS queries',
  description:
    'Cloud DNS logging records every query the VMs of a network make. Those records show which names were ' +
    'resolved when, which is how command-and-control domains, DNS tunnelling and data exfiltration are found ' +
    'during an investigation. Logging is turned on by a DNS server policy bound to the network.',
  severity: 'medium',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['gcp.compute.network'],
  requires: ['gcp.dns.policy'],
  messages: {
    noPolicy: 'Network {{name}} has no DNS server policy, so its DNS queries are not logged',
    loggingOff: 'Network {{name}} has DNS server policy {{policy}}, which does not log queries',
  },
  remediation: {
    text: 'Create a DNS server policy with logging enabled and bind it to the network (a network has at most one policy).',
    cli:
      'gcloud dns policies create <policy> --networks=<network> --enable-logging --description="DNS query logging"\n' +
      'gcloud dns policies update <existing-policy> --enable-logging',
    terraform:
      'resource "google_dns_policy" "logging" {\n  name           = "dns-logging"\n  enable_logging = true\n  networks {\n    network_url = google_compute_network.vpc.id\n  }\n}',
  },
  references: ['https://cloud.google.com/dns/docs/monitoring', 'https://cloud.google.com/dns/docs/policies'],
  check(network, ctx) {
    const applying = ctx.assets('gcp.dns.policy').filter((policy) => {
      // A policy of the same project whose networks could not be read might be the one that applies.
      if (isUnknown(policy.config.networks) && policy.account === network.account)
        known(policy.config.networks, `networks of DNS policy ${policy.name}`);
      return policy.relations.some((r) => r.kind === 'applies-to' && r.target === network.uid);
    });
    const first = applying[0];
    if (first === undefined) {
      // "No policy" is only a finding when the sources show the project's DNS policies.
      if (!ctx.covered('gcp.dns.policy', { account: network.account }))
        return ctx.unknown(
          'DNS policies',
          `the sources hold no DNS server policy of ${network.account} and do not show that its DNS policies ` +
            'were exported (an export filtered by asset type leaves them out)',
        );
      return ctx.fail('noPolicy', { name: network.name });
    }
    if (applying.some((p) => p.config.enableLogging === true))
      return ctx.pass({ policies: applying.map((p) => p.uid) });
    for (const p of applying) known(p.config.enableLogging, `enableLogging of DNS policy ${p.name}`);
    return ctx.fail('loggingOff', { name: network.name, policy: first.name }, { policy: first.uid });
  },
});
