/** dns.googleapis.com/Policy → gcp.dns.policy, with an `applies-to` relation to each network it is bound to. */
import { gcpDnsManagedZone, gcpDnsPolicy } from '../../../../inventory/gcp/dns.js';
import { flag, mapList, obj, text } from './fields.js';
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

/** `keySigning` / `KEY_SIGNING` → `KEY_SIGNING` (Cloud DNS v1 and v1beta2/v1alpha2 spell enums differently). */
function enumName(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  return v.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
}

export const managedZoneMapper: CaiMapper = {
  ...mapperFields(gcpDnsManagedZone),
  fromData(data) {
    const dnssec = obj(data.dnssecConfig);
    return {
      config: {
        dnsName: text(data.dnsName),
        visibility: typeof data.visibility === 'string' ? data.visibility.toUpperCase() : 'PUBLIC',
        dnssecState: typeof dnssec.state === 'string' ? dnssec.state.toLowerCase() : 'off',
        dnssecKeySpecs: mapList(dnssec.defaultKeySpecs, (k) => ({
          keyType: enumName(k.keyType),
          algorithm: typeof k.algorithm === 'string' ? k.algorithm.toUpperCase() : k.algorithm,
        })),
      },
    };
  },
};
