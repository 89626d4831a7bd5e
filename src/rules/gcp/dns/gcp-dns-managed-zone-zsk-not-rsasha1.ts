import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'gcp-dns-managed-zone-zsk-not-rsasha1',
  title: 'DNSSEC zone-signing keys of Cloud DNS zones do not use RSASHA1',
  description:
    'RSASHA1 relies on SHA-1, which is broken for collision resistance; signatures made with it give weaker ' +
    'assurance that DNS answers are genuine. RSASHA256, RSASHA512 or ECDSA algorithms are recommended.',
  severity: 'medium',
  category: 'network',
  aspects: ['encryption'],
  assetTypes: ['gcp.dns.managed-zone'],
  messages: {
    weak: 'DNS zone {{name}} signs with RSASHA1 for its zone-signing key',
  },
  remediation: {
    text: 'DNSSEC must be turned off to change the algorithm: turn it off, update the zone-signing key spec to RSASHA256 or ECDSAP256SHA256, turn it back on and update the DS record.',
    cli: 'gcloud dns managed-zones update <zone> --dnssec-state=off && gcloud dns managed-zones update <zone> --dnssec-state=on --zsk-algorithm=rsasha256 --zsk-key-length=2048',
  },
  references: ['https://cloud.google.com/dns/docs/dnssec-advanced#advanced-signing-options'],
  check(zone, ctx) {
    if (need(zone.config, 'visibility') !== 'PUBLIC') return ctx.notApplicable('private zone');
    if (need(zone.config, 'dnssecState') === 'off')
      return ctx.notApplicable('DNSSEC is off (judged by gcp-dns-managed-zone-dnssec-enabled)');
    const specs = need(zone.config, 'dnssecKeySpecs').filter((k) => k.keyType === 'ZONE_SIGNING');
    if (specs.some((k) => k.algorithm === 'RSASHA1'))
      return ctx.fail('weak', { name: zone.name }, { keySpecs: specs });
    return ctx.pass({ keySpecs: specs });
  },
});
