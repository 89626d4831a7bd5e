/**
 * compute.googleapis.com Firewall, Network, Subnetwork and Instance → gcp.compute.*. References between
 * them (API URLs, relative names, bare names) become CAI full resource names, the uids of the targets.
 * Older exports spell some instance fields in the singular (`serviceAccount`, `scope`, `accessConfig`);
 * both are read.
 */
import type { Relation } from '../../../../model/asset.js';
import { unknown } from '../../../../model/unknown.js';
import { gcpFirewall, gcpInstance, gcpNetwork, gcpSubnetwork } from '../../../../inventory/gcp/compute.js';
import { isRecord, str } from '../../json-file.js';
import { computeUid, lastSegment, regionFromName, withProject } from '../names.js';
import type { ProjectDirectory } from '../projects.js';
import { flag, list, mapList, metadataFlag, obj, text } from './fields.js';
import { serviceAccountTarget } from './iam.js';
import { mapperFields, type CaiMapper } from './types.js';

/** A Compute reference as a uid, with a project number in it replaced by the project id when known. */
export function ref(
  v: unknown,
  project: string,
  path: string,
  projects: ProjectDirectory,
): string | undefined {
  if (typeof v !== 'string') return undefined;
  const uid = computeUid(v, project, path);
  if (uid === undefined) return undefined;
  const seg = /\/projects\/(\d+)\//.exec(uid)?.[1];
  const id = seg === undefined ? undefined : projects.idOf(seg);
  return id === undefined ? uid : withProject(uid, id);
}

/** A network reference as a uid. */
export function networkRef(v: unknown, project: string, projects: ProjectDirectory): string | undefined {
  return ref(v, project, 'global/networks', projects);
}

function firewallEntries(v: unknown): unknown {
  return mapList(v, (e) => ({
    protocol: e.IPProtocol ?? e.ipProtocol ?? e.ip_protocol,
    ports: list(e.ports),
  }));
}

export const firewallMapper: CaiMapper = {
  ...mapperFields(gcpFirewall),
  fromData(data, { ctx, project }) {
    const network = networkRef(data.network, project, ctx.projects);
    const log = data.logConfig;
    return {
      config: {
        network: network ?? unknown('the firewall record has no network'),
        direction: data.direction ?? unknown('the firewall record has no direction'),
        disabled: flag(data.disabled),
        priority: data.priority ?? unknown('the firewall record has no priority'),
        sourceRanges: list(data.sourceRanges),
        destinationRanges: list(data.destinationRanges),
        sourceTags: list(data.sourceTags),
        sourceServiceAccounts: list(data.sourceServiceAccounts),
        allowed: firewallEntries(data.allowed),
        denied: firewallEntries(data.denied),
        targetTags: list(data.targetTags),
        targetServiceAccounts: list(data.targetServiceAccounts),
        logConfig: isRecord(log)
          ? { enable: flag(log.enable), metadata: text(log.metadata) }
          : { enable: false, metadata: null },
      },
      relations: network === undefined ? [] : [{ kind: 'in-network', target: network }],
    };
  },
};

export const networkMapper: CaiMapper = {
  ...mapperFields(gcpNetwork),
  fromData(data) {
    return {
      config: {
        autoCreateSubnetworks: flag(data.autoCreateSubnetworks),
        // A legacy network has one network-wide range instead of subnetworks.
        legacy: typeof data.IPv4Range === 'string' || typeof data.ipv4Range === 'string',
        routingMode: text(obj(data.routingConfig).routingMode),
      },
    };
  },
};

export const subnetworkMapper: CaiMapper = {
  ...mapperFields(gcpSubnetwork),
  fromData(data, { rec, ctx, project }) {
    const network = networkRef(data.network, project, ctx.projects);
    const log = data.logConfig;
    return {
      config: {
        network: network ?? unknown('the subnetwork record has no network'),
        ipCidrRange: text(data.ipCidrRange),
        flowLogsEnabled: isRecord(log) && log.enable !== undefined ? log.enable : flag(data.enableFlowLogs),
        privateIpGoogleAccess: flag(data.privateIpGoogleAccess),
        purpose: text(data.purpose),
      },
      relations: network === undefined ? [] : [{ kind: 'in-network', target: network }],
      name: str(data.name) ?? lastSegment(rec.name),
    };
  },
};

export function metadataItems(v: unknown): Map<string, unknown> {
  const items = isRecord(v) ? (v.items ?? v.item) : undefined;
  const out = new Map<string, unknown>();
  if (!Array.isArray(items)) return out;
  for (const item of items) {
    if (isRecord(item) && typeof item.key === 'string') out.set(item.key, item.value);
  }
  return out;
}

export const instanceMapper: CaiMapper = {
  ...mapperFields(gcpInstance),
  fromData(data, { rec, ctx, project }) {
    const region = regionFromName(rec.name) ?? 'global';
    const relations: Relation[] = [];
    const interfaces = mapList(data.networkInterfaces ?? data.networkInterface, (nic) => {
      const network = networkRef(nic.network, project, ctx.projects) ?? null;
      const subnetwork = ref(nic.subnetwork, project, `regions/${region}/subnetworks`, ctx.projects) ?? null;
      if (network !== null) relations.push({ kind: 'in-network', target: network });
      if (subnetwork !== null) relations.push({ kind: 'in-subnet', target: subnetwork });
      return {
        name: text(nic.name),
        network,
        subnetwork,
        networkIP: text(nic.networkIP ?? nic.ipAddress),
        accessConfigs: mapList(nic.accessConfigs ?? nic.accessConfig, (ac) => ({
          type: ac.type ?? 'ONE_TO_ONE_NAT',
          natIP: text(ac.natIP ?? ac.externalIp),
        })),
        ipv6AccessConfigs: mapList(nic.ipv6AccessConfigs, (ac) => ({
          type: ac.type ?? 'DIRECT_IPV6',
          externalIpv6: text(ac.externalIpv6),
        })),
      };
    });
    const accounts = mapList(data.serviceAccounts ?? data.serviceAccount, (sa) => ({
      email: sa.email,
      scopes: list(sa.scopes ?? sa.scope),
    }));
    if (Array.isArray(accounts)) {
      for (const sa of accounts) {
        const email: unknown = isRecord(sa) ? sa.email : undefined;
        if (typeof email !== 'string' || email === '') continue;
        // `default` (Terraform's spelling) is the project's default compute account.
        const number = ctx.projects.numberOf(project);
        const resolved =
          email === 'default'
            ? number === undefined
              ? undefined
              : `${number}-compute@developer.gserviceaccount.com`
            : email;
        if (resolved !== undefined)
          relations.push({ kind: 'runs-as', target: serviceAccountTarget(resolved, project, ctx.projects) });
      }
    }
    const metadata = metadataItems(data.metadata);
    const shielded = data.shieldedInstanceConfig;
    const confidential = obj(data.confidentialInstanceConfig);
    return {
      config: {
        status: data.status ?? unknown('the instance record has no status'),
        serviceAccounts: accounts,
        networkInterfaces: interfaces,
        canIpForward: flag(data.canIpForward),
        blockProjectSshKeys: metadataFlag(metadata.get('block-project-ssh-keys')),
        serialPortEnabled: metadataFlag(metadata.get('serial-port-enable')),
        osLoginEnabled: metadataFlag(metadata.get('enable-oslogin')),
        shieldedInstanceConfig: isRecord(shielded)
          ? {
              enableSecureBoot: flag(shielded.enableSecureBoot),
              enableVtpm: flag(shielded.enableVtpm),
              enableIntegrityMonitoring: flag(shielded.enableIntegrityMonitoring),
            }
          : null,
        confidentialComputing:
          confidential.enableConfidentialCompute === true ||
          (typeof confidential.confidentialInstanceType === 'string' &&
            confidential.confidentialInstanceType !== 'CONFIDENTIAL_INSTANCE_TYPE_UNSPECIFIED'),
      },
      relations,
    };
  },
};
