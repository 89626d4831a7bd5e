/** dns.googleapis.com/Policy → gcp.dns.policy, with an `applies-to` relation to each network it is bound to. */
import { gcpDnsPolicy } from '../../../../inventory/gcp/dns.js';
import { flag, mapList } from './fields.js';
import { networkRef } from './compute.js';
import { mapperFields, type CaiMapper } from './types.js';

export const dnsPolicyMapper: CaiMapper = {
  ...mapperFields(gcpDnsPolicy),
  fromData(data, { ctx, project }) {
    const networks = mapList(
      data.networks,
      (n) => networkRef(n.networkUrl, project, ctx.projects) ?? n.networkUrl,
    );
    const targets = Array.isArray(networks) ? networks.filter((n): n is string => typeof n === 'string') : [];
    return {
      config: {
        enableLogging: flag(data.enableLogging),
        enableInboundForwarding: flag(data.enableInboundForwarding),
        networks,
      },
      relations: targets.map((target) => ({ kind: 'applies-to', target })),
    };
  },
};
