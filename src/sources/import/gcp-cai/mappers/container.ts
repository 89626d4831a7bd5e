/**
 * container.googleapis.com/Cluster → gcp.container.cluster. Control-plane exposure is read from
 * `privateClusterConfig` and `masterAuthorizedNetworksConfig`, and from the newer
 * `controlPlaneEndpointsConfig.ipEndpointsConfig` when a cluster reports it.
 */
import { gcpContainerCluster } from '../../../../inventory/gcp/container.js';
import { isRecord, str } from '../../json-file.js';
import { flag, mapList, obj, text } from './fields.js';
import { networkRef } from './compute.js';
import { labelsOf, mapperFields, type CaiMapper } from './types.js';

function privateCluster(data: Record<string, unknown>, publicEndpointOff: boolean): unknown {
  const p = data.privateClusterConfig;
  const configured =
    isRecord(p) &&
    (p.enablePrivateNodes === true || p.enablePrivateEndpoint === true || data.privateCluster === true);
  if (!configured && !publicEndpointOff) return null;
  const pc = obj(p);
  return {
    enablePrivateNodes: flag(pc.enablePrivateNodes ?? obj(data.networkConfig).defaultEnablePrivateNodes),
    enablePrivateEndpoint: publicEndpointOff || flag(pc.enablePrivateEndpoint),
    masterIpv4CidrBlock: text(pc.masterIpv4CidrBlock),
  };
}

export const clusterMapper: CaiMapper = {
  ...mapperFields(gcpContainerCluster),
  fromData(data, { ctx, project }) {
    const ipEndpoints = obj(obj(data.controlPlaneEndpointsConfig).ipEndpointsConfig);
    // The newer API can switch the public endpoint (or all IP endpoints) off without a private cluster config.
    const publicEndpointOff = ipEndpoints.enablePublicEndpoint === false || ipEndpoints.enabled === false;
    const man = data.masterAuthorizedNetworksConfig ?? ipEndpoints.authorizedNetworksConfig;
    const m = obj(man);
    const networkConfig = obj(data.networkConfig);
    const network = networkRef(networkConfig.network ?? data.network, project, ctx.projects);
    const encryption = obj(data.databaseEncryption);
    return {
      config: {
        endpoint: text(data.endpoint),
        privateClusterConfig: privateCluster(data, publicEndpointOff),
        masterAuthorizedNetworks:
          man !== undefined && man !== null && !isRecord(man)
            ? man
            : {
                enabled: flag(m.enabled),
                cidrBlocks: mapList(m.cidrBlocks, (b) => ({
                  cidrBlock: b.cidrBlock,
                  displayName: text(b.displayName),
                })),
                gcpPublicCidrsAccessEnabled:
                  typeof m.gcpPublicCidrsAccessEnabled === 'boolean' ? m.gcpPublicCidrsAccessEnabled : null,
              },
        legacyAbacEnabled: flag(obj(data.legacyAbac).enabled),
        networkPolicyEnabled:
          obj(data.networkPolicy).enabled === true || networkConfig.datapathProvider === 'ADVANCED_DATAPATH',
        workloadIdentityPool: text(
          obj(data.workloadIdentityConfig).workloadPool ?? obj(data.workloadIdentityConfig).identityNamespace,
        ),
        shieldedNodesEnabled: flag(obj(data.shieldedNodes).enabled),
        secretsEncryptionKey: encryption.state === 'ENCRYPTED' ? (str(encryption.keyName) ?? null) : null,
        network: network ?? null,
        currentMasterVersion: text(data.currentMasterVersion),
      },
      relations: network === undefined ? [] : [{ kind: 'in-network', target: network }],
      tags: labelsOf(data.resourceLabels),
    };
  },
};
