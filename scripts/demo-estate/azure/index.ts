/**
 * Northwind Freight on Azure: the customer portal's production subscription and the Dev/Test
 * subscription, as Azure Resource Graph returns them (`resources`, `resourcecontainers`,
 * `authorizationresources`). Deliberate misconfigurations are commented where they are made.
 */
import {
  AZURE_TENANT,
  azureSubscription,
  TEAMS,
  type AzureSubscription,
  type DataClass,
} from '../company.js';
import { hex, uuid } from '../ids.js';
import { azureTags, ROLE, SubscriptionEstate, type Row } from './builders.js';

export { azGraphText, restTableText } from './builders.js';

function prod(): SubscriptionEstate {
  const s = new SubscriptionEstate(azureSubscription('prod'));
  const tag = (owner: string, data: DataClass, extra?: Record<string, string>) =>
    azureTags(owner, 'prod', data, extra);
  const portal = { app: 'customer-portal', 'cost-center': 'CC-2200' };

  const des = s.id('rg-security-prod', 'Microsoft.Compute', 'diskEncryptionSets/des-nwf-prod');
  const nsgWeb = s.nsg('nsg-portal-web', 'rg-network-prod', {
    rules: [
      {
        name: 'allow-https-from-frontdoor',
        priority: 100,
        protocol: 'Tcp',
        source: 'AzureFrontDoor.Backend',
        ports: '443',
      },
      {
        name: 'allow-appgw-probes',
        priority: 110,
        protocol: '*',
        source: 'GatewayManager',
        ports: '65200-65535',
      },
    ],
    tags: tag(TEAMS.portal, 'internal', portal),
  });
  const nsgApp = s.nsg('nsg-portal-app', 'rg-network-prod', {
    rules: [
      { name: 'allow-web-tier', priority: 100, protocol: 'Tcp', source: '10.20.1.0/24', ports: '8443' },
      { name: 'allow-bastion-ssh', priority: 200, protocol: 'Tcp', source: '10.20.250.0/26', ports: '22' },
    ],
    tags: tag(TEAMS.portal, 'confidential', portal),
  });
  const nsgData = s.nsg('nsg-portal-data', 'rg-network-prod', {
    rules: [
      { name: 'allow-sql-from-app', priority: 100, protocol: 'Tcp', source: 'VirtualNetwork', ports: '1433' },
    ],
    tags: tag(TEAMS.portal, 'restricted', portal),
  });
  // Misconfiguration: the legacy EDI gateway is reachable over RDP from the internet (SFTP is
  // restricted to partner ranges).
  const nsgEdi = s.nsg('nsg-legacy-edi', 'rg-edi-prod', {
    rules: [
      {
        name: 'allow-sftp-partners',
        priority: 100,
        protocol: 'Tcp',
        source: ['192.0.2.0/28', '198.51.100.64/27'],
        ports: '22',
      },
      {
        name: 'allow-rdp-support',
        priority: 300,
        protocol: 'Tcp',
        source: '*',
        ports: '3389',
        description: 'vendor remote support',
      },
    ],
    tags: tag(TEAMS.booking, 'confidential', { app: 'edi-gateway', 'cost-center': 'CC-2100' }),
  });
  // Misconfiguration: SIP and RTP (UDP) open to the whole internet on the depot VoIP gateway.
  const nsgVoip = s.nsg('nsg-depot-voip', 'rg-depot-zürich', {
    rules: [
      { name: 'allow-sip', priority: 100, protocol: 'Udp', source: 'Internet', ports: ['5060', '5061'] },
      { name: 'allow-rtp', priority: 110, protocol: 'Udp', source: 'Internet', ports: '10000-20000' },
      {
        name: 'deny-ssh-internet',
        priority: 120,
        access: 'Deny',
        protocol: 'Tcp',
        source: 'Internet',
        ports: '22',
      },
    ],
    tags: tag(TEAMS.tracking, 'internal', { site: 'Zürich depot' }),
  });
  const subnets = s.vnet('vnet-portal-prod', 'rg-network-prod', {
    prefix: '10.20.0.0/16',
    subnets: [
      { name: 'snet-web', prefix: '10.20.1.0/24', nsg: nsgWeb },
      { name: 'snet-app', prefix: '10.20.2.0/24', nsg: nsgApp },
      { name: 'snet-data', prefix: '10.20.3.0/24', nsg: nsgData },
      { name: 'snet-edi', prefix: '10.20.9.0/24', nsg: nsgEdi },
      { name: 'snet-depot', prefix: '10.20.40.0/24', nsg: nsgVoip },
    ],
    tags: tag(TEAMS.platform, 'internal'),
  });
  const sn = (k: string) => {
    const v = subnets[k];
    if (v === undefined) throw new Error(`no subnet ${k}`);
    return v;
  };

  s.publicIp('pip-agw-portal-prod', 'rg-network-prod', {
    address: '203.0.113.140',
    boundTo: s.id(
      'rg-network-prod',
      'Microsoft.Network',
      'applicationGateways/agw-portal-prod/frontendIPConfigurations/appGwPublicFrontendIp',
    ),
    tags: tag(TEAMS.portal, 'public', portal),
  });
  for (const n of [1, 2]) {
    s.vmWithParts(`vm-portal-app-0${n}`, 'rg-portal-prod', {
      size: 'Standard_D4s_v5',
      os: 'Linux',
      subnet: sn('snet-app'),
      privateIp: `10.20.2.${10 + n}`,
      des,
      privateDisks: true,
      dataDiskGb: 256,
      encryptionAtHost: true,
      trustedLaunch: true,
      identity: true,
      created: '2025-03-10T09:00:00.000Z',
      tags: tag(TEAMS.portal, 'confidential', portal),
    });
  }
  // Misconfiguration: the EDI gateway has a public IP, platform-key disks open to public network
  // access, and no encryption at host.
  s.vmWithParts('vm-legacy-edi-01', 'rg-edi-prod', {
    size: 'Standard_D2s_v3',
    os: 'Windows',
    subnet: sn('snet-edi'),
    privateIp: '10.20.9.4',
    publicIp: { name: 'pip-legacy-edi-01', address: '203.0.113.151' },
    privateDisks: false,
    encryptionAtHost: null,
    trustedLaunch: false,
    identity: false,
    created: '2019-10-01T10:00:00.000Z',
    tags: tag(TEAMS.booking, 'confidential', { app: 'edi-gateway', 'cost-center': 'CC-2100' }),
  });
  // A resource name with non-ASCII letters (Azure allows them in VM names).
  s.vmWithParts('vm-lager-zürich-01', 'rg-depot-zürich', {
    size: 'Standard_B2s',
    os: 'Linux',
    subnet: sn('snet-depot'),
    privateIp: '10.20.40.5',
    publicIp: { name: 'pip-depot-voip', address: '203.0.113.166' },
    des,
    privateDisks: true,
    encryptionAtHost: true,
    trustedLaunch: true,
    identity: false,
    created: '2024-06-03T07:30:00.000Z',
    tags: tag(TEAMS.tracking, 'internal', { site: 'Zürich depot', app: 'voip-gateway' }),
  });

  s.storage('stnwfportalprod', 'rg-portal-prod', {
    created: '2023-01-16T10:00:00.000Z',
    tls: 'TLS1_2',
    httpsOnly: true,
    blobPublic: false,
    sharedKey: false,
    network: { action: 'Deny', subnets: [sn('snet-app')] },
    infra: true,
    tags: tag(TEAMS.portal, 'confidential', portal),
  });
  // Misconfiguration (low): invoices encrypted with a customer key, but shared-key auth still allowed.
  s.storage('stnwfinvoicesprod', 'rg-data-prod', {
    created: '2022-05-09T10:00:00.000Z',
    tls: 'TLS1_2',
    httpsOnly: true,
    blobPublic: false,
    sharedKey: true,
    network: { action: 'Deny', subnets: [sn('snet-app')], ips: ['198.51.100.0/24'] },
    infra: true,
    cmkVault: 'kv-nwf-finance-prod',
    tags: tag(TEAMS.finance, 'restricted', { app: 'invoicing', 'cost-center': 'CC-3100' }),
  });
  // Misconfiguration: diagnostics account reachable from every network, no infrastructure encryption.
  s.storage('stnwfdiagprod', 'rg-monitoring-prod', {
    created: '2021-11-02T10:00:00.000Z',
    tls: 'TLS1_2',
    httpsOnly: true,
    blobPublic: false,
    sharedKey: false,
    network: { action: 'Allow' },
    infra: false,
    tags: tag(TEAMS.platform, 'internal'),
  });
  // Misconfiguration: the portal's static assets account allows anonymous blob access. Hostile data:
  // someone pasted HTML into a tag value.
  s.storage('stnwfcdnprod', 'rg-portal-prod', {
    created: '2023-01-16T10:30:00.000Z',
    tls: 'TLS1_2',
    httpsOnly: true,
    blobPublic: true,
    sharedKey: true,
    network: null,
    infra: false,
    tags: tag(TEAMS.marketing, 'public', {
      ...portal,
      description: "<script>alert('portal-assets')</script> static assets for the portal",
    }),
  });

  s.sqlServer('sql-nwf-portal-prod', 'rg-data-prod', {
    publicAccess: 'Disabled',
    tls: '1.2',
    entraAdmin: 'NWF-SQL-Admins',
    created: '2023-01-16T11:00:00.000Z',
    tags: tag(TEAMS.portal, 'restricted', portal),
  });
  // Misconfiguration: the finance SQL server accepts connections from the internet with TLS 1.0.
  s.sqlServer('sql-nwf-finance-prod', 'rg-data-prod', {
    publicAccess: 'Enabled',
    tls: '1.0',
    entraAdmin: 'NWF-Finance-DBA',
    created: '2020-02-03T10:00:00.000Z',
    tags: tag(TEAMS.finance, 'restricted', { app: 'invoicing', 'cost-center': 'CC-3100' }),
  });
  s.keyVault('kv-nwf-portal-prod', 'rg-security-prod', {
    rbac: true,
    purgeProtection: true,
    publicAccess: 'Disabled',
    firewall: 'Deny',
    tags: tag(TEAMS.portal, 'restricted', portal),
  });
  // Misconfiguration (low): the finance vault still uses access policies.
  s.keyVault('kv-nwf-finance-prod', 'rg-security-prod', {
    rbac: false,
    purgeProtection: true,
    publicAccess: 'Enabled',
    firewall: 'Deny',
    tags: tag(TEAMS.finance, 'restricted', { app: 'invoicing' }),
  });
  return s;
}

function dev(): SubscriptionEstate {
  const s = new SubscriptionEstate(azureSubscription('dev'));
  const tag = (owner: string, data: DataClass, extra?: Record<string, string>) =>
    azureTags(owner, 'dev', data, extra);

  // Misconfiguration: SSH to the dev jump box from anywhere.
  const nsgJump = s.nsg('nsg-dev-jumpbox', 'rg-dev-shared', {
    rules: [{ name: 'SSH', priority: 300, protocol: 'Tcp', source: '*', ports: '22' }],
    tags: tag(TEAMS.platform, 'internal'),
  });
  // Misconfiguration: PostgreSQL published to the internet "for a demo".
  const nsgDb = s.nsg('nsg-dev-db', 'rg-dev-portal', {
    rules: [
      {
        name: 'allow-pg-anywhere',
        priority: 100,
        protocol: 'Tcp',
        source: 'Internet',
        ports: '5432',
        description: 'customer demo 2025-05',
      },
    ],
    tags: tag(TEAMS.portal, 'confidential'),
  });
  const nsgBuild = s.nsg('nsg-dev-build', 'rg-dev-shared', {
    rules: [{ name: 'allow-jump-ssh', priority: 100, protocol: 'Tcp', source: '10.30.0.0/27', ports: '22' }],
    tags: tag(TEAMS.platform, 'internal'),
  });
  const subnets = s.vnet('vnet-dev', 'rg-dev-shared', {
    prefix: '10.30.0.0/16',
    subnets: [
      { name: 'snet-jump', prefix: '10.30.0.0/27', nsg: nsgJump },
      { name: 'snet-build', prefix: '10.30.1.0/24', nsg: nsgBuild },
      { name: 'snet-db', prefix: '10.30.2.0/24', nsg: nsgDb },
    ],
    tags: tag(TEAMS.platform, 'internal'),
  });
  const sn = (k: string) => {
    const v = subnets[k];
    if (v === undefined) throw new Error(`no subnet ${k}`);
    return v;
  };
  // Misconfiguration: dev VMs without encryption at host; the jump box has a public IP; dev disks
  // use platform keys and allow public network access.
  s.vmWithParts('vm-dev-jumpbox', 'rg-dev-shared', {
    size: 'Standard_B1s',
    os: 'Linux',
    subnet: sn('snet-jump'),
    privateIp: '10.30.0.4',
    publicIp: { name: 'pip-dev-jumpbox', address: '203.0.113.201' },
    privateDisks: false,
    encryptionAtHost: null,
    trustedLaunch: true,
    identity: false,
    created: '2022-02-14T09:00:00.000Z',
    tags: tag(TEAMS.platform, 'internal'),
  });
  s.vmWithParts('vm-dev-build-01', 'rg-dev-shared', {
    size: 'Standard_D8s_v5',
    os: 'Linux',
    subnet: sn('snet-build'),
    privateIp: '10.30.1.10',
    privateDisks: false,
    dataDiskGb: 512,
    encryptionAtHost: false,
    trustedLaunch: true,
    identity: true,
    created: '2024-09-02T09:00:00.000Z',
    tags: tag(TEAMS.platform, 'internal', { app: 'build-agents' }),
  });
  // Misconfiguration: a Windows Server 2016 VM still on unmanaged (VHD) disks.
  s.vmWithParts('vm-dev-legacy-win2016', 'rg-dev-legacy', {
    size: 'Standard_D2s_v3',
    os: 'Windows',
    subnet: sn('snet-build'),
    privateIp: '10.30.1.50',
    privateDisks: false,
    vhdAccount: 'stnwfdevvhds',
    dataDiskGb: 512,
    encryptionAtHost: null,
    trustedLaunch: false,
    identity: false,
    power: 'deallocated',
    created: '2018-05-22T09:00:00.000Z',
    tags: tag(TEAMS.finance, 'confidential', { app: 'legacy-billing-test' }),
  });
  // An unattached disk left behind by a deleted VM.
  s.disk('vm-dev-old-etl_OsDisk_1_' + hex('dev/old-etl', 32), 'rg-dev-legacy', {
    vm: null,
    os: 'Linux',
    sizeGb: 128,
    privateOnly: false,
    created: '2023-03-01T09:00:00.000Z',
    tags: tag(TEAMS.data, 'internal'),
  });
  s.publicIp('pip-dev-unused', 'rg-dev-shared', {
    address: '203.0.113.209',
    boundTo: null,
    tags: tag(TEAMS.platform, 'internal'),
  });

  // Misconfiguration: scratch storage with TLS 1.0, plain HTTP and anonymous blob access allowed.
  s.storage('stnwfdevscratch', 'rg-dev-shared', {
    created: '2019-04-15T10:00:00.000Z',
    tls: 'TLS1_0',
    httpsOnly: false,
    blobPublic: true,
    sharedKey: null,
    network: null,
    infra: false,
    tags: tag(TEAMS.data, 'internal'),
  });
  // Misconfiguration: anonymous access not set (an account from before the 2023 default change).
  s.storage('stnwfdevvhds', 'rg-dev-legacy', {
    created: '2018-05-22T08:00:00.000Z',
    tls: null,
    httpsOnly: true,
    blobPublic: null,
    sharedKey: null,
    network: null,
    infra: false,
    tags: tag(TEAMS.finance, 'confidential', { app: 'legacy-billing-test' }),
  });
  s.storage('stnwfdevfunc', 'rg-dev-portal', {
    created: '2024-10-07T10:00:00.000Z',
    tls: 'TLS1_2',
    httpsOnly: true,
    blobPublic: false,
    sharedKey: false,
    network: { action: 'Deny', subnets: [sn('snet-build')] },
    infra: true,
    tags: tag(TEAMS.portal, 'internal'),
  });
  // Misconfiguration: dev SQL server public, no minimum TLS, no Entra admin.
  s.sqlServer('sql-nwf-portal-dev', 'rg-dev-portal', {
    publicAccess: 'Enabled',
    tls: null,
    entraAdmin: null,
    created: '2021-09-20T10:00:00.000Z',
    tags: tag(TEAMS.portal, 'confidential'),
  });
  // Misconfiguration: dev vault with no purge protection, access policies, open to every network.
  s.keyVault('kv-nwf-dev', 'rg-dev-shared', {
    rbac: null,
    purgeProtection: null,
    publicAccess: null,
    firewall: null,
    tags: tag(TEAMS.platform, 'internal'),
  });
  return s;
}

/** Subscriptions and resource groups (`resourcecontainers`). */
function containers(estates: readonly SubscriptionEstate[]): Row[] {
  const rows: Row[] = [];
  for (const e of estates) {
    const sub = e.sub;
    const owner = sub.key === 'prod' ? TEAMS.portal : TEAMS.platform;
    rows.push({
      id: `/subscriptions/${sub.id}`,
      name: sub.name,
      type: 'microsoft.resources/subscriptions',
      tenantId: AZURE_TENANT,
      kind: '',
      location: '',
      resourceGroup: '',
      subscriptionId: sub.id,
      managedBy: '',
      sku: null,
      plan: null,
      properties: {
        subscriptionPolicies: {
          locationPlacementId: 'Public_2014-09-01',
          quotaId: 'EnterpriseAgreement_2014-09-01',
          spendingLimit: 'Off',
        },
        managementGroupAncestorsChain: [
          {
            displayName: sub.key === 'prod' ? 'NWF Production' : 'NWF Non-production',
            name: sub.key === 'prod' ? 'mg-nwf-prod' : 'mg-nwf-nonprod',
          },
          { displayName: 'Northwind Freight', name: 'mg-nwf' },
          { displayName: 'Tenant Root Group', name: AZURE_TENANT },
        ],
        state: 'Enabled',
      },
      tags: azureTags(owner, sub.env, sub.key === 'prod' ? 'confidential' : 'internal', {
        'cost-center': sub.key === 'prod' ? 'CC-2200' : 'CC-1000',
      }),
      identity: null,
      zones: null,
      extendedLocation: null,
    });
    const groups = [...new Set(e.rows.map((r) => String(r.resourceGroup)))].sort();
    for (const rg of groups) {
      const first = e.rows.find((r) => r.resourceGroup === rg);
      rows.push({
        id: `/subscriptions/${sub.id}/resourceGroups/${rg}`,
        name: rg,
        type: 'microsoft.resources/subscriptions/resourcegroups',
        tenantId: AZURE_TENANT,
        kind: '',
        location: sub.location,
        resourceGroup: rg,
        subscriptionId: sub.id,
        managedBy: '',
        sku: null,
        plan: null,
        properties: { provisioningState: 'Succeeded' },
        tags: first?.tags ?? {},
        identity: null,
        zones: null,
        extendedLocation: null,
      });
    }
  }
  return rows;
}

/** Role assignments (`authorizationresources`). */
function roleAssignments(): Row[] {
  const rows: Row[] = [];
  const assign = (
    sub: AzureSubscription,
    label: string,
    role: keyof typeof ROLE,
    principalType: 'User' | 'Group' | 'ServicePrincipal',
    scope: string,
    created: string,
  ) => {
    const name = uuid(`role-assignment/${sub.id}/${label}/${role}`);
    const id = `${scope === '/' ? '' : scope}/providers/Microsoft.Authorization/roleAssignments/${name}`;
    rows.push({
      id,
      name,
      type: 'microsoft.authorization/roleassignments',
      tenantId: AZURE_TENANT,
      kind: '',
      location: '',
      resourceGroup: '',
      subscriptionId: sub.id,
      managedBy: '',
      sku: null,
      plan: null,
      properties: {
        roleDefinitionId: `/subscriptions/${sub.id}/providers/Microsoft.Authorization/roleDefinitions/${ROLE[role]}`,
        principalId: uuid(`principal/${label}`),
        principalType,
        scope,
        createdOn: created.replace('.000Z', '.0000000Z'),
        updatedOn: created.replace('.000Z', '.0000000Z'),
        createdBy: uuid('principal/a.kowalczyk'),
        updatedBy: uuid('principal/a.kowalczyk'),
        condition: null,
        conditionVersion: null,
      },
      tags: null,
      identity: null,
      zones: null,
      extendedLocation: null,
    });
  };
  const prod = azureSubscription('prod');
  const dev = azureSubscription('dev');
  const p = `/subscriptions/${prod.id}`;
  const d = `/subscriptions/${dev.id}`;
  // Misconfiguration: four Owners on the production subscription, two of them individual users.
  assign(prod, 'group/NWF-Azure-Platform-Admins', 'Owner', 'Group', p, '2022-12-01T10:00:00.000Z');
  assign(prod, 'sp/sp-terraform-portal-prod', 'Owner', 'ServicePrincipal', p, '2023-01-16T09:00:00.000Z');
  assign(prod, 'a.kowalczyk', 'Owner', 'User', p, '2022-12-01T10:05:00.000Z');
  assign(prod, 'j.brennan', 'Owner', 'User', p, '2024-02-20T15:30:00.000Z');
  assign(prod, 'group/NWF-Portal-Developers', 'Reader', 'Group', p, '2023-01-20T10:00:00.000Z');
  assign(
    prod,
    'group/NWF-Portal-Operators',
    'Contributor',
    'Group',
    `${p}/resourceGroups/rg-portal-prod`,
    '2023-01-20T10:05:00.000Z',
  );
  assign(
    prod,
    'msi/vm-portal-app-01',
    'Key Vault Secrets User',
    'ServicePrincipal',
    `${p}/resourceGroups/rg-security-prod/providers/Microsoft.KeyVault/vaults/kv-nwf-portal-prod`,
    '2025-03-10T09:30:00.000Z',
  );
  assign(
    prod,
    'msi/vm-portal-app-02',
    'Key Vault Secrets User',
    'ServicePrincipal',
    `${p}/resourceGroups/rg-security-prod/providers/Microsoft.KeyVault/vaults/kv-nwf-portal-prod`,
    '2025-03-10T09:31:00.000Z',
  );
  assign(prod, 'e.fischer', 'Owner', 'User', `${p}/resourceGroups/rg-edi-prod`, '2019-10-01T09:00:00.000Z');
  assign(
    prod,
    'group/NWF-Finance-Apps',
    'Storage Blob Data Contributor',
    'Group',
    `${p}/resourceGroups/rg-data-prod/providers/Microsoft.Storage/storageAccounts/stnwfinvoicesprod`,
    '2022-05-09T11:00:00.000Z',
  );
  assign(dev, 'group/NWF-Azure-Platform-Admins', 'Owner', 'Group', d, '2019-04-15T09:00:00.000Z');
  assign(dev, 'group/NWF-Developers', 'Contributor', 'Group', d, '2019-04-15T09:05:00.000Z');
  assign(dev, 'sp/sp-terraform-dev', 'Contributor', 'ServicePrincipal', d, '2021-09-20T09:00:00.000Z');
  assign(
    dev,
    'group/NWF-Data-Engineering',
    'Contributor',
    'Group',
    `${d}/resourceGroups/rg-dev-shared`,
    '2019-04-16T09:00:00.000Z',
  );
  return rows;
}

export interface AzureExports {
  prodResources: Row[];
  devResources: Row[];
  containers: Row[];
  roleAssignments: Row[];
}

/** Both subscriptions' Resource Graph rows, by the file they are saved in. */
export function azureEstate(): AzureExports {
  const p = prod();
  const d = dev();
  return {
    prodResources: p.rows,
    devResources: d.rows,
    containers: containers([p, d]),
    roleAssignments: roleAssignments(),
  };
}
