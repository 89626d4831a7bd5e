/**
 * Google Cloud databases and clusters: google_sql_database_instance → gcp.sql.instance and
 * google_container_cluster → gcp.container.cluster. Provider and API defaults apply where an argument
 * is absent; addresses and versions picked at apply are unknown.
 */
import type { ResourceInstance } from '../module.js';
import { isUnknownValue, plain, toStr, unknownValue, type Value } from '../value.js';
import { boolField, displayName, Reader, strField, withUnread, type MappedResource } from './types.js';

type Attrs = Record<string, { value: Value; line: number } | undefined>;

/** Entries of repeated blocks, or the first unknown among them. */
function entries(blocks: { body: { attrs: Attrs } }[], read: (a: Attrs) => Value): Value {
  const out = blocks.map((b) => read(b.body.attrs));
  return out.find((x) => isUnknownValue(x)) ?? out;
}

export function mapSqlInstance(inst: ResourceInstance): MappedResource {
  const r = new Reader(inst);
  const settings = r.blocks('settings')[0];
  const ip = settings?.body.blocks.ip_configuration?.[0];
  const backup = settings?.body.blocks.backup_configuration?.[0]?.body.attrs;
  const ipa = ip?.body.attrs;
  const sslMode = ipa?.ssl_mode?.value;
  const requireSsl = ipa?.require_ssl?.value;
  const config = withUnread('gcp.sql.instance', {
    databaseVersion: strField(r.attr('database_version')?.value, ''),
    instanceType: 'CLOUD_SQL_INSTANCE',
    state: 'RUNNABLE',
    ipv4Enabled: boolField(ipa?.ipv4_enabled?.value, true),
    privateNetwork: strField(ipa?.private_network?.value, null),
    authorizedNetworks: entries(ip?.body.blocks.authorized_networks ?? [], (a) => {
      const value = a.value?.value;
      if (isUnknownValue(value)) return plain(value);
      return { value: toStr(value ?? '') ?? '', name: strField(a.name?.value, null) };
    }),
    // ssl_mode supersedes the older require_ssl; the API keeps both in step.
    requireSsl:
      sslMode !== undefined && !isUnknownValue(sslMode)
        ? sslMode === 'TRUSTED_CLIENT_CERTIFICATE_REQUIRED'
        : boolField(requireSsl, false),
    sslMode: strField(sslMode, null),
    backupEnabled: boolField(backup?.enabled?.value, false),
    pointInTimeRecoveryEnabled: boolField(backup?.point_in_time_recovery_enabled?.value, false),
    databaseFlags: entries(settings?.body.blocks.database_flags ?? [], (a) => {
      const [name, value] = [a.name?.value, a.value?.value];
      if (isUnknownValue(name)) return plain(name);
      if (isUnknownValue(value)) return plain(value);
      return { name: toStr(name ?? '') ?? '', value: toStr(value ?? '') ?? '' };
    }),
  });
  r.mark('ipv4Enabled', ipa?.ipv4_enabled?.line ?? ip?.line);
  r.mark('authorizedNetworks', ip?.body.blocks.authorized_networks?.[0]?.line);
  r.mark('requireSsl', ipa?.ssl_mode?.line ?? ipa?.require_ssl?.line);
  r.mark('sslMode', ipa?.ssl_mode?.line);
  r.mark('backupEnabled', backup?.enabled?.line);
  r.mark('databaseFlags', settings?.body.blocks.database_flags?.[0]?.line);
  return {
    type: 'gcp.sql.instance',
    provider: 'gcp',
    name: displayName(r, 'name'),
    tags: {},
    config,
    fields: r.fields,
  };
}

export function mapContainerCluster(inst: ResourceInstance): MappedResource {
  const r = new Reader(inst);
  const v = (n: string) => r.attr(n)?.value;
  const priv = r.blocks('private_cluster_config')[0]?.body.attrs;
  const man = r.blocks('master_authorized_networks_config')[0];
  const enc = r.blocks('database_encryption')[0]?.body.attrs;
  const wi = r.blocks('workload_identity_config')[0]?.body.attrs;
  const np = r.blocks('network_policy')[0]?.body.attrs;
  const state = enc?.state?.value;
  const key = enc?.key_name?.value;
  const config = withUnread('gcp.container.cluster', {
    endpoint: unknownValue('known only after apply'),
    privateClusterConfig: priv
      ? (() => {
          const nodes = boolField(priv.enable_private_nodes?.value, false);
          const endpoint = boolField(priv.enable_private_endpoint?.value, false);
          if (isUnknownValue(nodes)) return nodes;
          if (isUnknownValue(endpoint)) return endpoint;
          return {
            enablePrivateNodes: nodes,
            enablePrivateEndpoint: endpoint,
            masterIpv4CidrBlock: strField(priv.master_ipv4_cidr_block?.value, null),
          };
        })()
      : null,
    masterAuthorizedNetworks: man
      ? (() => {
          const blocks = entries(man.body.blocks.cidr_blocks ?? [], (a) => {
            const c = a.cidr_block?.value;
            if (isUnknownValue(c)) return plain(c);
            return { cidrBlock: toStr(c ?? '') ?? '', displayName: strField(a.display_name?.value, null) };
          });
          if (isUnknownValue(blocks)) return blocks;
          const pub = boolField(man.body.attrs.gcp_public_cidrs_access_enabled?.value, null);
          return {
            enabled: true,
            cidrBlocks: blocks,
            gcpPublicCidrsAccessEnabled: isUnknownValue(pub) ? null : pub,
          };
        })()
      : { enabled: false, cidrBlocks: [], gcpPublicCidrsAccessEnabled: null },
    legacyAbacEnabled: boolField(v('enable_legacy_abac'), false),
    networkPolicyEnabled: boolField(np?.enabled?.value, false),
    workloadIdentityPool: strField(wi?.workload_pool?.value, null),
    shieldedNodesEnabled: boolField(v('enable_shielded_nodes'), true),
    secretsEncryptionKey:
      enc && state === 'ENCRYPTED'
        ? isUnknownValue(key)
          ? 'known after apply'
          : strField(key, null)
        : isUnknownValue(state)
          ? plain(state)
          : null,
    network: strField(v('network'), 'default'),
    currentMasterVersion: strField(v('min_master_version'), null),
  });
  r.mark('privateClusterConfig', r.blocks('private_cluster_config')[0]?.line);
  r.mark('masterAuthorizedNetworks', man?.line);
  r.mark('legacyAbacEnabled', r.attr('enable_legacy_abac')?.line);
  r.mark('secretsEncryptionKey', r.blocks('database_encryption')[0]?.line);
  return {
    type: 'gcp.container.cluster',
    provider: 'gcp',
    name: displayName(r, 'name'),
    tags: {},
    config,
    fields: r.fields,
  };
}
