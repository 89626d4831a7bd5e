/**
 * Builders for Azure Resource Graph rows: each method takes the facts that matter (who may connect,
 * which key encrypts) and fills in the row as ARG returns it (the columns it projects by default,
 * properties from the ARM API versions ARG reports), returning the ARM ids other rows refer to. Also the
 * two file shapes the rows are saved in.
 */
import { AZURE_TENANT, type AzureSubscription, type DataClass, type Env } from '../company.js';
import { hex, uuid } from '../ids.js';

export type Row = Record<string, unknown>;

export const ROLE = {
  Owner: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
  Contributor: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
  Reader: 'acdd72a7-3385-48ef-bd42-f606fba81ae7',
  'Key Vault Secrets User': '4633458b-17de-408a-b874-0445c86b69e6',
  'Storage Blob Data Contributor': 'ba92f5b4-2d11-453d-a403-e96b0029c9fe',
} as const;

/** Azure tag keys as Northwind Freight's Azure policy requires them. */
export function azureTags(owner: string, env: Env, data: DataClass, extra: Record<string, string> = {}) {
  return { owner, env, 'data-class': data, ...extra };
}

/** The rows of one subscription, built resource by resource. */
export class SubscriptionEstate {
  readonly rows: Row[] = [];
  constructor(readonly sub: AzureSubscription) {}

  id(rg: string, provider: string, path: string): string {
    return `/subscriptions/${this.sub.id}/resourceGroups/${rg}/providers/${provider}/${path}`;
  }

  private row(o: {
    id: string;
    name: string;
    type: string;
    rg: string;
    location?: string;
    kind?: string;
    managedBy?: string;
    sku?: unknown;
    properties: Record<string, unknown>;
    tags: Record<string, string>;
    identity?: unknown;
    zones?: string[] | null;
  }): string {
    this.rows.push({
      id: o.id,
      name: o.name,
      type: o.type,
      tenantId: AZURE_TENANT,
      kind: o.kind ?? '',
      location: o.location ?? this.sub.location,
      resourceGroup: o.rg,
      subscriptionId: this.sub.id,
      managedBy: o.managedBy ?? '',
      sku: o.sku ?? null,
      plan: null,
      properties: o.properties,
      tags: o.tags,
      identity: o.identity ?? null,
      zones: o.zones ?? null,
      extendedLocation: null,
    });
    return o.id;
  }

  storage(
    name: string,
    rg: string,
    o: {
      created: string;
      tls: string | null;
      httpsOnly: boolean;
      blobPublic: boolean | null;
      sharedKey: boolean | null;
      network: { action: 'Allow' | 'Deny'; ips?: string[]; subnets?: string[] } | null;
      publicNetworkAccess?: 'Enabled' | 'Disabled';
      infra: boolean;
      cmkVault?: string;
      tags: Record<string, string>;
    },
  ) {
    const endpoint = (svc: string) => `https://${name}.${svc}.core.windows.net/`;
    return this.row({
      id: this.id(rg, 'Microsoft.Storage', `storageAccounts/${name}`),
      name,
      type: 'microsoft.storage/storageaccounts',
      rg,
      kind: 'StorageV2',
      sku: { name: 'Standard_ZRS', tier: 'Standard' },
      identity:
        o.cmkVault === undefined
          ? null
          : { type: 'SystemAssigned', principalId: uuid(`msi/${name}`), tenantId: AZURE_TENANT },
      properties: {
        keyCreationTime: {
          key1: o.created.replace('.000Z', '.0000000Z'),
          key2: o.created.replace('.000Z', '.0000000Z'),
        },
        allowCrossTenantReplication: false,
        privateEndpointConnections: [],
        ...(o.tls === null ? {} : { minimumTlsVersion: o.tls }),
        ...(o.blobPublic === null ? {} : { allowBlobPublicAccess: o.blobPublic }),
        ...(o.sharedKey === null ? {} : { allowSharedKeyAccess: o.sharedKey }),
        ...(o.publicNetworkAccess === undefined ? {} : { publicNetworkAccess: o.publicNetworkAccess }),
        ...(o.network === null
          ? {}
          : {
              networkAcls: {
                ipv6Rules: [],
                bypass: 'AzureServices',
                virtualNetworkRules: (o.network.subnets ?? []).map((id) => ({
                  id,
                  action: 'Allow',
                  state: 'Succeeded',
                })),
                ipRules: (o.network.ips ?? []).map((value) => ({ value, action: 'Allow' })),
                defaultAction: o.network.action,
              },
            }),
        supportsHttpsTrafficOnly: o.httpsOnly,
        encryption: {
          ...(o.infra ? { requireInfrastructureEncryption: true } : {}),
          services: {
            file: { keyType: 'Account', enabled: true, lastEnabledTime: o.created },
            blob: { keyType: 'Account', enabled: true, lastEnabledTime: o.created },
          },
          keySource: o.cmkVault === undefined ? 'Microsoft.Storage' : 'Microsoft.Keyvault',
          ...(o.cmkVault === undefined
            ? {}
            : {
                keyvaultproperties: {
                  keyvaulturi: `https://${o.cmkVault}.vault.azure.net/`,
                  keyname: `cmk-${name}`,
                  keyversion: '',
                },
              }),
        },
        accessTier: 'Hot',
        provisioningState: 'Succeeded',
        creationTime: o.created.replace('.000Z', '.0000000Z'),
        primaryEndpoints: {
          dfs: endpoint('dfs'),
          web: endpoint('z6.web'),
          blob: endpoint('blob'),
          queue: endpoint('queue'),
          table: endpoint('table'),
          file: endpoint('file'),
        },
        primaryLocation: this.sub.location,
        statusOfPrimary: 'available',
      },
      tags: o.tags,
    });
  }

  nsg(
    name: string,
    rg: string,
    o: {
      rules: {
        name: string;
        priority: number;
        access?: 'Allow' | 'Deny';
        protocol: 'Tcp' | 'Udp' | '*';
        source: string | string[];
        ports: string | string[];
        description?: string;
      }[];
      subnets?: string[];
      nics?: string[];
      tags: Record<string, string>;
    },
  ) {
    const id = this.id(rg, 'Microsoft.Network', `networkSecurityGroups/${name}`);
    const etag = `W/"${uuid(`etag/${id}`)}"`;
    const rule = (
      r: {
        name: string;
        priority: number;
        access: 'Allow' | 'Deny';
        direction: 'Inbound' | 'Outbound';
        protocol: string;
        source: string | string[];
        destination?: string;
        ports: string | string[];
        description?: string;
      },
      defaults: boolean,
    ) => {
      const sources = Array.isArray(r.source) ? r.source : [r.source];
      const ports = Array.isArray(r.ports) ? r.ports : [r.ports];
      return {
        name: r.name,
        id: `${id}/${defaults ? 'defaultSecurityRules' : 'securityRules'}/${r.name}`,
        etag,
        type: `Microsoft.Network/networkSecurityGroups/${defaults ? 'defaultSecurityRules' : 'securityRules'}`,
        properties: {
          provisioningState: 'Succeeded',
          ...(r.description === undefined ? {} : { description: r.description }),
          protocol: r.protocol,
          sourcePortRange: '*',
          ...(ports.length === 1 ? { destinationPortRange: ports[0] } : {}),
          ...(sources.length === 1 ? { sourceAddressPrefix: sources[0] } : {}),
          destinationAddressPrefix: r.destination ?? '*',
          access: r.access,
          priority: r.priority,
          direction: r.direction,
          sourcePortRanges: [],
          destinationPortRanges: ports.length === 1 ? [] : ports,
          sourceAddressPrefixes: sources.length === 1 ? [] : sources,
          destinationAddressPrefixes: [],
        },
      };
    };
    const defaults = [
      {
        name: 'AllowVnetInBound',
        priority: 65000,
        access: 'Allow',
        direction: 'Inbound',
        protocol: '*',
        source: 'VirtualNetwork',
        destination: 'VirtualNetwork',
        ports: '*',
        description: 'Allow inbound traffic from all VMs in VNET',
      },
      {
        name: 'AllowAzureLoadBalancerInBound',
        priority: 65001,
        access: 'Allow',
        direction: 'Inbound',
        protocol: '*',
        source: 'AzureLoadBalancer',
        ports: '*',
        description: 'Allow inbound traffic from azure load balancer',
      },
      {
        name: 'DenyAllInBound',
        priority: 65500,
        access: 'Deny',
        direction: 'Inbound',
        protocol: '*',
        source: '*',
        ports: '*',
        description: 'Deny all inbound traffic',
      },
      {
        name: 'AllowVnetOutBound',
        priority: 65000,
        access: 'Allow',
        direction: 'Outbound',
        protocol: '*',
        source: 'VirtualNetwork',
        destination: 'VirtualNetwork',
        ports: '*',
        description: 'Allow outbound traffic from all VMs to all VMs in VNET',
      },
      {
        name: 'AllowInternetOutBound',
        priority: 65001,
        access: 'Allow',
        direction: 'Outbound',
        protocol: '*',
        source: '*',
        destination: 'Internet',
        ports: '*',
        description: 'Allow outbound traffic from all VMs to Internet',
      },
      {
        name: 'DenyAllOutBound',
        priority: 65500,
        access: 'Deny',
        direction: 'Outbound',
        protocol: '*',
        source: '*',
        ports: '*',
        description: 'Deny all outbound traffic',
      },
    ] as const;
    return this.row({
      id,
      name,
      type: 'microsoft.network/networksecuritygroups',
      rg,
      properties: {
        provisioningState: 'Succeeded',
        resourceGuid: uuid(`guid/${id}`),
        securityRules: o.rules.map((r) => rule({ access: 'Allow', direction: 'Inbound', ...r }, false)),
        defaultSecurityRules: defaults.map((r) => rule(r, true)),
        ...(o.subnets === undefined ? {} : { subnets: o.subnets.map((s) => ({ id: s })) }),
        ...(o.nics === undefined ? {} : { networkInterfaces: o.nics.map((n) => ({ id: n })) }),
      },
      tags: o.tags,
    });
  }

  vnet(
    name: string,
    rg: string,
    o: {
      prefix: string;
      subnets: { name: string; prefix: string; nsg?: string }[];
      tags: Record<string, string>;
    },
  ) {
    const id = this.id(rg, 'Microsoft.Network', `virtualNetworks/${name}`);
    this.row({
      id,
      name,
      type: 'microsoft.network/virtualnetworks',
      rg,
      properties: {
        provisioningState: 'Succeeded',
        resourceGuid: uuid(`guid/${id}`),
        addressSpace: { addressPrefixes: [o.prefix] },
        subnets: o.subnets.map((s) => ({
          name: s.name,
          id: `${id}/subnets/${s.name}`,
          properties: {
            provisioningState: 'Succeeded',
            addressPrefix: s.prefix,
            ...(s.nsg === undefined ? {} : { networkSecurityGroup: { id: s.nsg } }),
            privateEndpointNetworkPolicies: 'Disabled',
            privateLinkServiceNetworkPolicies: 'Enabled',
          },
          type: 'Microsoft.Network/virtualNetworks/subnets',
        })),
        virtualNetworkPeerings: [],
        enableDdosProtection: false,
      },
      tags: o.tags,
    });
    return Object.fromEntries(o.subnets.map((s) => [s.name, `${id}/subnets/${s.name}`]));
  }

  nic(
    name: string,
    rg: string,
    o: {
      subnet: string;
      privateIp: string;
      publicIp?: string;
      nsg?: string;
      vm: string;
      tags: Record<string, string>;
    },
  ) {
    const id = this.id(rg, 'Microsoft.Network', `networkInterfaces/${name}`);
    this.row({
      id,
      name,
      type: 'microsoft.network/networkinterfaces',
      rg,
      managedBy: '',
      properties: {
        provisioningState: 'Succeeded',
        resourceGuid: uuid(`guid/${id}`),
        ipConfigurations: [
          {
            name: 'ipconfig1',
            id: `${id}/ipConfigurations/ipconfig1`,
            type: 'Microsoft.Network/networkInterfaces/ipConfigurations',
            properties: {
              provisioningState: 'Succeeded',
              privateIPAddress: o.privateIp,
              privateIPAllocationMethod: 'Dynamic',
              ...(o.publicIp === undefined ? {} : { publicIPAddress: { id: o.publicIp } }),
              subnet: { id: o.subnet },
              primary: true,
              privateIPAddressVersion: 'IPv4',
            },
          },
        ],
        ...(o.nsg === undefined ? {} : { networkSecurityGroup: { id: o.nsg } }),
        virtualMachine: { id: o.vm },
        enableAcceleratedNetworking: true,
        enableIPForwarding: false,
        nicType: 'Standard',
      },
      tags: o.tags,
    });
    return id;
  }

  publicIp(
    name: string,
    rg: string,
    o: { address: string; boundTo: string | null; tags: Record<string, string> },
  ) {
    const id = this.id(rg, 'Microsoft.Network', `publicIPAddresses/${name}`);
    return this.row({
      id,
      name,
      type: 'microsoft.network/publicipaddresses',
      rg,
      sku: { name: 'Standard', tier: 'Regional' },
      zones: ['1', '2', '3'],
      properties: {
        provisioningState: 'Succeeded',
        resourceGuid: uuid(`guid/${id}`),
        ipAddress: o.address,
        publicIPAddressVersion: 'IPv4',
        publicIPAllocationMethod: 'Static',
        idleTimeoutInMinutes: 4,
        ipTags: [],
        ...(o.boundTo === null ? {} : { ipConfiguration: { id: o.boundTo } }),
        ddosSettings: { protectionMode: 'VirtualNetworkInherited' },
      },
      tags: o.tags,
    });
  }

  sqlServer(
    name: string,
    rg: string,
    o: {
      publicAccess: 'Enabled' | 'Disabled';
      tls: string | null;
      entraAdmin: string | null;
      created: string;
      tags: Record<string, string>;
    },
  ) {
    return this.row({
      id: this.id(rg, 'Microsoft.Sql', `servers/${name}`),
      name,
      type: 'microsoft.sql/servers',
      rg,
      kind: 'v12.0',
      properties: {
        administratorLogin: 'nwfsqladmin',
        version: '12.0',
        state: 'Ready',
        fullyQualifiedDomainName: `${name}.database.windows.net`,
        privateEndpointConnections: [],
        ...(o.tls === null ? {} : { minimalTlsVersion: o.tls }),
        publicNetworkAccess: o.publicAccess,
        ...(o.entraAdmin === null
          ? {}
          : {
              administrators: {
                administratorType: 'ActiveDirectory',
                principalType: 'Group',
                login: o.entraAdmin,
                sid: uuid(`entra-group/${o.entraAdmin}`),
                tenantId: AZURE_TENANT,
                azureADOnlyAuthentication: false,
              },
            }),
        restrictOutboundNetworkAccess: 'Disabled',
      },
      tags: o.tags,
    });
  }

  keyVault(
    name: string,
    rg: string,
    o: {
      rbac: boolean | null;
      purgeProtection: boolean | null;
      publicAccess: 'Enabled' | 'Disabled' | null;
      firewall: 'Allow' | 'Deny' | null;
      tags: Record<string, string>;
    },
  ) {
    const id = this.id(rg, 'Microsoft.KeyVault', `vaults/${name}`);
    return this.row({
      id,
      name,
      type: 'microsoft.keyvault/vaults',
      rg,
      properties: {
        sku: { family: 'A', name: 'standard' },
        tenantId: AZURE_TENANT,
        accessPolicies:
          o.rbac === true
            ? []
            : [
                {
                  tenantId: AZURE_TENANT,
                  objectId: uuid(`kv-policy/${name}`),
                  permissions: {
                    keys: ['Get', 'List', 'WrapKey', 'UnwrapKey'],
                    secrets: ['Get', 'List', 'Set', 'Delete'],
                    certificates: ['Get', 'List'],
                  },
                },
              ],
        enabledForDeployment: false,
        enabledForDiskEncryption: false,
        enabledForTemplateDeployment: false,
        enableSoftDelete: true,
        softDeleteRetentionInDays: 90,
        ...(o.rbac === null ? {} : { enableRbacAuthorization: o.rbac }),
        ...(o.purgeProtection === null ? {} : { enablePurgeProtection: o.purgeProtection }),
        vaultUri: `https://${name}.vault.azure.net/`,
        provisioningState: 'Succeeded',
        ...(o.publicAccess === null ? {} : { publicNetworkAccess: o.publicAccess }),
        ...(o.firewall === null
          ? {}
          : {
              networkAcls: {
                bypass: 'AzureServices',
                defaultAction: o.firewall,
                ipRules: [],
                virtualNetworkRules: [],
              },
            }),
      },
      tags: o.tags,
    });
  }

  disk(
    name: string,
    rg: string,
    o: {
      vm: string | null;
      os: 'Linux' | 'Windows' | null;
      sizeGb: number;
      des?: string;
      privateOnly: boolean;
      created: string;
      tags: Record<string, string>;
    },
  ) {
    const id = this.id(rg, 'Microsoft.Compute', `disks/${name}`);
    return this.row({
      id,
      name,
      type: 'microsoft.compute/disks',
      rg,
      managedBy: o.vm ?? '',
      sku: { name: 'Premium_ZRS', tier: 'Premium' },
      properties: {
        ...(o.os === null ? {} : { osType: o.os, hyperVGeneration: 'V2' }),
        creationData: o.os === null ? { createOption: 'Empty' } : { createOption: 'FromImage' },
        diskSizeGB: o.sizeGb,
        diskIOPSReadWrite: 500,
        diskMBpsReadWrite: 100,
        encryption:
          o.des === undefined
            ? { type: 'EncryptionAtRestWithPlatformKey' }
            : { type: 'EncryptionAtRestWithCustomerKey', diskEncryptionSetId: o.des },
        networkAccessPolicy: o.privateOnly ? 'DenyAll' : 'AllowAll',
        publicNetworkAccess: o.privateOnly ? 'Disabled' : 'Enabled',
        timeCreated: o.created.replace('.000Z', '.0000000+00:00'),
        provisioningState: 'Succeeded',
        diskState: o.vm === null ? 'Unattached' : 'Attached',
        diskSizeBytes: o.sizeGb * 1024 ** 3,
        uniqueId: uuid(`disk/${id}`),
        tier: o.sizeGb <= 64 ? 'P6' : o.sizeGb <= 128 ? 'P10' : 'P20',
      },
      tags: o.tags,
    });
  }

  vm(
    name: string,
    rg: string,
    o: {
      size: string;
      os: 'Linux' | 'Windows';
      nic: string;
      osDisk: { name: string; id: string } | { name: string; vhd: string };
      dataDisks?: ({ name: string; id: string } | { name: string; vhd: string })[];
      encryptionAtHost: boolean | null;
      trustedLaunch: boolean;
      identity: boolean;
      power?: 'running' | 'deallocated';
      created: string;
      tags: Record<string, string>;
    },
  ) {
    const id = this.id(rg, 'Microsoft.Compute', `virtualMachines/${name}`);
    const disk = (d: { name: string; id: string } | { name: string; vhd: string }, lun?: number) => ({
      ...(lun === undefined ? { osType: o.os } : { lun }),
      name: d.name,
      createOption: lun === undefined ? 'FromImage' : 'Attach',
      caching: lun === undefined ? 'ReadWrite' : 'ReadOnly',
      ...('id' in d
        ? { managedDisk: { storageAccountType: 'Premium_ZRS', id: d.id } }
        : { vhd: { uri: d.vhd } }),
      ...(lun === undefined ? { deleteOption: 'Delete' } : { toBeDetached: false }),
      diskSizeGB: lun === undefined ? (o.os === 'Windows' ? 127 : 64) : 512,
    });
    const security =
      o.encryptionAtHost === null && !o.trustedLaunch
        ? {}
        : {
            securityProfile: {
              ...(o.trustedLaunch
                ? {
                    uefiSettings: { secureBootEnabled: true, vTpmEnabled: true },
                    securityType: 'TrustedLaunch',
                  }
                : {}),
              ...(o.encryptionAtHost === null ? {} : { encryptionAtHost: o.encryptionAtHost }),
            },
          };
    const power = o.power ?? 'running';
    return this.row({
      id,
      name,
      type: 'microsoft.compute/virtualmachines',
      rg,
      zones: ['1'],
      identity: o.identity
        ? { type: 'SystemAssigned', principalId: uuid(`msi/${id}`), tenantId: AZURE_TENANT }
        : null,
      properties: {
        vmId: uuid(`vmid/${id}`),
        hardwareProfile: { vmSize: o.size },
        storageProfile: {
          imageReference:
            o.os === 'Linux'
              ? {
                  publisher: 'Canonical',
                  offer: 'ubuntu-24_04-lts',
                  sku: 'server',
                  version: 'latest',
                  exactVersion: '24.04.202411030',
                }
              : {
                  publisher: 'MicrosoftWindowsServer',
                  offer: 'WindowsServer',
                  sku: '2016-Datacenter',
                  version: 'latest',
                  exactVersion: '14393.7428.241004',
                },
          osDisk: disk(o.osDisk),
          dataDisks: (o.dataDisks ?? []).map((d, i) => disk(d, i)),
          diskControllerType: 'SCSI',
        },
        osProfile: {
          computerName: name.length > 15 && o.os === 'Windows' ? name.slice(0, 15) : name,
          adminUsername: 'nwfadmin',
          ...(o.os === 'Linux'
            ? {
                linuxConfiguration: {
                  disablePasswordAuthentication: true,
                  provisionVMAgent: true,
                  patchSettings: { patchMode: 'AutomaticByPlatform', assessmentMode: 'AutomaticByPlatform' },
                },
              }
            : {
                windowsConfiguration: {
                  provisionVMAgent: true,
                  enableAutomaticUpdates: true,
                  patchSettings: { patchMode: 'AutomaticByOS', assessmentMode: 'ImageDefault' },
                },
              }),
          secrets: [],
          allowExtensionOperations: true,
          requireGuestProvisionSignal: true,
        },
        ...security,
        networkProfile: { networkInterfaces: [{ id: o.nic, properties: { deleteOption: 'Detach' } }] },
        diagnosticsProfile: { bootDiagnostics: { enabled: true } },
        provisioningState: 'Succeeded',
        timeCreated: o.created.replace('.000Z', '.0000000+00:00'),
        extended: {
          instanceView: {
            computerName: name,
            osName: o.os === 'Linux' ? 'ubuntu' : 'Windows Server 2016 Datacenter',
            osVersion: o.os === 'Linux' ? '24.04' : '10.0.14393.7428',
            hyperVGeneration: 'V2',
            powerState:
              power === 'running'
                ? { code: 'PowerState/running', level: 'Info', displayStatus: 'VM running' }
                : { code: 'PowerState/deallocated', level: 'Info', displayStatus: 'VM deallocated' },
          },
        },
      },
      tags: o.tags,
    });
  }

  /** A VM with its NIC (and managed OS disk unless `vhd` is given), all in one resource group. */
  vmWithParts(
    name: string,
    rg: string,
    o: {
      size: string;
      os: 'Linux' | 'Windows';
      subnet: string;
      privateIp: string;
      publicIp?: { name: string; address: string };
      nsg?: string;
      des?: string;
      privateDisks: boolean;
      vhdAccount?: string;
      dataDiskGb?: number;
      encryptionAtHost: boolean | null;
      trustedLaunch: boolean;
      identity: boolean;
      power?: 'running' | 'deallocated';
      created: string;
      tags: Record<string, string>;
    },
  ) {
    const vmId = this.id(rg, 'Microsoft.Compute', `virtualMachines/${name}`);
    const nicName = `${name}-nic01`;
    const nicId = this.id(rg, 'Microsoft.Network', `networkInterfaces/${nicName}`);
    const pipId =
      o.publicIp === undefined
        ? undefined
        : this.publicIp(o.publicIp.name, rg, {
            address: o.publicIp.address,
            boundTo: `${nicId}/ipConfigurations/ipconfig1`,
            tags: o.tags,
          });
    this.nic(nicName, rg, {
      subnet: o.subnet,
      privateIp: o.privateIp,
      ...(pipId === undefined ? {} : { publicIp: pipId }),
      ...(o.nsg === undefined ? {} : { nsg: o.nsg }),
      vm: vmId,
      tags: o.tags,
    });
    const suffix = hex(`osdisk/${vmId}`, 32);
    let osDisk: { name: string; id: string } | { name: string; vhd: string };
    const dataDisks: ({ name: string; id: string } | { name: string; vhd: string })[] = [];
    if (o.vhdAccount !== undefined) {
      osDisk = {
        name: `${name}-osdisk`,
        vhd: `https://${o.vhdAccount}.blob.core.windows.net/vhds/${name}-osdisk.vhd`,
      };
      if (o.dataDiskGb !== undefined)
        dataDisks.push({
          name: `${name}-data01`,
          vhd: `https://${o.vhdAccount}.blob.core.windows.net/vhds/${name}-data01.vhd`,
        });
    } else {
      const osName = `${name}_OsDisk_1_${suffix}`;
      const osId = this.disk(osName, rg, {
        vm: vmId,
        os: o.os,
        sizeGb: o.os === 'Windows' ? 127 : 64,
        ...(o.des === undefined ? {} : { des: o.des }),
        privateOnly: o.privateDisks,
        created: o.created,
        tags: o.tags,
      });
      osDisk = { name: osName, id: osId };
      if (o.dataDiskGb !== undefined) {
        const dataName = `${name}-data01`;
        const dataId = this.disk(dataName, rg, {
          vm: vmId,
          os: null,
          sizeGb: o.dataDiskGb,
          ...(o.des === undefined ? {} : { des: o.des }),
          privateOnly: o.privateDisks,
          created: o.created,
          tags: o.tags,
        });
        dataDisks.push({ name: dataName, id: dataId });
      }
    }
    return this.vm(name, rg, {
      size: o.size,
      os: o.os,
      nic: nicId,
      osDisk,
      dataDisks,
      encryptionAtHost: o.encryptionAtHost,
      trustedLaunch: o.trustedLaunch,
      identity: o.identity,
      ...(o.power === undefined ? {} : { power: o.power }),
      created: o.created,
      tags: o.tags,
    });
  }
}

/** `az graph query -q ... --first 1000 -o json` output (2-space indented, as az prints). */
export function azGraphText(rows: readonly Row[]): string {
  return `${JSON.stringify({ count: rows.length, data: rows, skip_token: null, total_records: rows.length }, null, 2)}\n`;
}

/** The REST API's table result format (`"options": {"resultFormat": "table"}`), as older tools saved it. */
export function restTableText(rows: readonly Row[]): string {
  const columns = [
    ['id', 'string'],
    ['name', 'string'],
    ['type', 'string'],
    ['tenantId', 'string'],
    ['kind', 'string'],
    ['location', 'string'],
    ['resourceGroup', 'string'],
    ['subscriptionId', 'string'],
    ['managedBy', 'string'],
    ['sku', 'object'],
    ['plan', 'object'],
    ['properties', 'object'],
    ['tags', 'object'],
    ['identity', 'object'],
    ['zones', 'object'],
    ['extendedLocation', 'object'],
  ] as const;
  return `${JSON.stringify(
    {
      totalRecords: rows.length,
      count: rows.length,
      data: {
        columns: columns.map(([name, type]) => ({ name, type })),
        rows: rows.map((r) => columns.map(([c]) => r[c] ?? null)),
      },
      facets: [],
      resultTruncated: 'false',
    },
    null,
    2,
  )}\n`;
}
