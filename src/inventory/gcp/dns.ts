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
