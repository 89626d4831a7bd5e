/** Cloud DNS server policies: query logging and the VPC networks they apply to. */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

export const gcpDnsPolicy = defineAssetType({
  type: 'gcp.dns.policy',
  provider: 'gcp',
  title: 'Cloud DNS server policy',
  config: z.object({
    /** DNS query logging for the networks the policy applies to. */
    enableLogging: maybe(z.boolean()),
    enableInboundForwarding: maybe(z.boolean()),
    /** Uids of the VPC networks the policy applies to. */
    networks: maybe(z.array(z.string())),
  }),
});

export const dnssecKeySpecSchema = z.object({
  /** `KEY_SIGNING` or `ZONE_SIGNING`. */
  keyType: z.string(),
  /** `RSASHA1`, `RSASHA256`, `RSASHA512`, `ECDSAP256SHA256`, `ECDSAP384SHA384`. */
  algorithm: z.string(),
});

export const gcpDnsManagedZone = defineAssetType({
  type: 'gcp.dns.managed-zone',
  provider: 'gcp',
  title: 'Cloud DNS managed zone',
  config: z.object({
    dnsName: maybe(z.string().nullable()),
    /** `PUBLIC` or `PRIVATE`. */
    visibility: maybe(z.string()),
    /** DNSSEC state: `on`, `off` or `transfer`. */
    dnssecState: maybe(z.string()),
    /** The default key specs DNSSEC signs with; empty when DNSSEC was never configured. */
    dnssecKeySpecs: maybe(z.array(dnssecKeySpecSchema)),
  }),
});
