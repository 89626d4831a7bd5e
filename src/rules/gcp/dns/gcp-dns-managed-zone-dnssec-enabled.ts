import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'gcp-dns-managed-zone-dnssec-enabled',
  title: 'Public Cloud DNS zones have DNSSEC enabled',
  description:
    "DNSSEC signs a zone's records so resolvers can tell genuine answers from forged ones; without it, DNS " +
    "spoofing and cache poisoning can send users of the domain to an attacker's servers.",
  severity: 'medium',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['gcp.dns.managed-zone'],
  messages: {
    off: 'Public DNS zone {{name}} has DNSSEC {{state}}',
  },
  remediation: {
    text: 'Turn DNSSEC on for the zone, then add the DS record at the domain registrar.',
    cli: 'gcloud dns managed-zones update <zone> --dnssec-state=on',
    terraform:
      'resource "google_dns_managed_zone" "this" {\n  # ...\n  dnssec_config {\n    state = "on"\n  }\n}',
  },
  references: ['https://cloud.google.com/dns/docs/dnssec-config'],
  check(zone, ctx) {
    if (need(zone.config, 'visibility') !== 'PUBLIC') return ctx.notApplicable('private zone');
    const state = need(zone.config, 'dnssecState');
    if (state === 'on') return ctx.pass();
    return ctx.fail('off', { name: zone.name, state });
  },
});
