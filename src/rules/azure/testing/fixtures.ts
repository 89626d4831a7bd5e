/** Secure baseline configs for Azure rule tests: each test changes only what it is about. */
import type { ConfigOf } from '../../../inventory/types.js';
import type { NsgSecurityRule } from '../../../inventory/azure/network.js';
import type { DiagnosticSetting } from '../../../inventory/azure/monitor.js';

export const SUBSCRIPTION_ID = '00000000-0000-0000-0000-000000000001';
export const SUBSCRIPTION_UID = `/subscriptions/${SUBSCRIPTION_ID}`;
const RG = `${SUBSCRIPTION_UID}/resourcegroups/rg-test/providers`;

export const secureStorageAccount: ConfigOf<'azure.storage.account'> = {
  kind: 'StorageV2',
  httpsOnly: true,
  minimumTlsVersion: 'TLS1_2',
  allowBlobPublicAccess: false,
  publicNetworkAccess: 'Enabled',
  networkAcls: { defaultAction: 'Deny', bypass: 'AzureServices', ipRules: [], virtualNetworkRules: [] },
  allowSharedKeyAccess: false,
  infrastructureEncryption: true,
  encryptionKeySource: 'Microsoft.Keyvault',
  blobSoftDelete: { enabled: true, days: 14 },
  containerSoftDelete: { enabled: true, days: 14 },
  blobVersioning: true,
  fileShareSoftDelete: { enabled: true, days: 14 },
  smbVersions: ['SMB3.1.1'],
  smbChannelEncryption: ['AES-256-GCM'],
  allowCrossTenantReplication: false,
  privateEndpointConnections: 1,
  defaultToOAuthAuthentication: true,
  keyExpirationPeriodInDays: 90,
  keyCreationTime: { key1: '2026-04-01T00:00:00Z', key2: '2026-04-01T00:00:00Z' },
  skuName: 'Standard_GRS',
};

/** "Now" for Azure rule tests (the tester's clock). */
export const TEST_NOW = '2026-06-01T00:00:00Z';

/** A diagnostic setting sending `logs` to a Log Analytics workspace. */
export function diagnosticSetting(logs: string[], name = 'to-law'): DiagnosticSetting {
  return {
    name,
    enabledLogs: logs,
    workspaceId: `${SUBSCRIPTION_UID}/resourcegroups/rg-logs/providers/microsoft.operationalinsights/workspaces/law`,
    storageAccountId: null,
    eventHubAuthorizationRuleId: null,
  };
}

/** An NSG rule with sensible defaults; override what the test is about. */
export function nsgRule(overrides: Partial<NsgSecurityRule> & { name: string }): NsgSecurityRule {
  return {
    priority: 100,
    direction: 'Inbound',
    access: 'Allow',
    protocol: 'Tcp',
    sourceAddressPrefixes: ['10.0.0.0/8'],
    sourcePortRanges: ['*'],
    destinationAddressPrefixes: ['*'],
    destinationPortRanges: ['443'],
    sourceApplicationSecurityGroups: [],
    isDefault: false,
    ...overrides,
  };
}

/** The default rules Azure adds to every NSG. */
export const DEFAULT_NSG_RULES: NsgSecurityRule[] = [
  nsgRule({
    name: 'AllowVnetInBound',
    priority: 65000,
    protocol: '*',
    sourceAddressPrefixes: ['VirtualNetwork'],
    destinationAddressPrefixes: ['VirtualNetwork'],
    destinationPortRanges: ['*'],
    isDefault: true,
  }),
  nsgRule({
    name: 'AllowAzureLoadBalancerInBound',
    priority: 65001,
    protocol: '*',
    sourceAddressPrefixes: ['AzureLoadBalancer'],
    destinationPortRanges: ['*'],
    isDefault: true,
  }),
  nsgRule({
    name: 'DenyAllInBound',
    priority: 65500,
    access: 'Deny',
    protocol: '*',
    sourceAddressPrefixes: ['*'],
    destinationPortRanges: ['*'],
    isDefault: true,
  }),
];

/** A group that admits only HTTPS from the internet. */
export const secureNsg: ConfigOf<'azure.network.network-security-group'> = {
  securityRules: [
    nsgRule({ name: 'https-in', sourceAddressPrefixes: ['Internet'], destinationPortRanges: ['443'] }),
    nsgRule({ name: 'ssh-from-bastion', priority: 200, destinationPortRanges: ['22'] }),
  ],
  defaultSecurityRules: DEFAULT_NSG_RULES,
  subnets: [`${RG}/microsoft.network/virtualnetworks/vnet/subnets/web`],
  networkInterfaces: [],
};

export const secureSqlServer: ConfigOf<'azure.sql.server'> = {
  publicNetworkAccess: 'Disabled',
  minimalTlsVersion: '1.2',
  administratorLogin: null,
  entraAdmin: {
    login: 'sql-admins',
    sid: '33333333-0000-4000-8000-000000000080',
    principalType: 'Group',
    tenantId: '72f988bf-0000-4000-8000-0000000000aa',
  },
  entraOnlyAuthentication: true,
  version: '12.0',
  firewallRules: [{ name: 'office', start: '198.51.100.10', end: '198.51.100.20' }],
  auditing: { enabled: true, retentionDays: 90 },
  databases: [{ name: 'orders', tdeState: 'Enabled' }],
};

export const secureKeyVault: ConfigOf<'azure.keyvault.vault'> = {
  softDeleteEnabled: true,
  softDeleteRetentionDays: 90,
  purgeProtectionEnabled: true,
  rbacAuthorization: true,
  publicNetworkAccess: 'Disabled',
  networkAcls: { defaultAction: 'Deny', bypass: 'AzureServices', ipRules: [], virtualNetworkRules: [] },
  privateEndpointConnections: 1,
  keys: [{ name: 'cmk', enabled: true, expires: '2027-01-01T00:00:00.000Z', autoRotate: true }],
  secrets: [{ name: 'db-password', enabled: true, expires: '2027-01-01T00:00:00.000Z', autoRotate: false }],
  diagnosticSettings: [diagnosticSetting(['AuditEvent'])],
};

export const VM_UID = `${RG}/microsoft.compute/virtualmachines/vm1`;
export const NIC_ID = `${RG}/microsoft.network/networkinterfaces/vm1-nic`;
export const OS_DISK_ID = `${RG}/microsoft.compute/disks/vm1-os`;
export const DES_ID = `${RG}/microsoft.compute/diskencryptionsets/des1`;

export const OS_DISK = {
  name: 'vm1-os',
  role: 'os',
  managed: true,
  diskId: OS_DISK_ID,
  vhdUri: null,
} as const;

export const secureVirtualMachine: ConfigOf<'azure.compute.virtual-machine'> = {
  vmSize: 'Standard_D2s_v5',
  osType: 'Linux',
  networkInterfaceIds: [NIC_ID],
  disks: [OS_DISK],
  osDiskId: OS_DISK_ID,
  encryptionAtHost: true,
  securityType: 'TrustedLaunch',
  secureBootEnabled: true,
  vTpmEnabled: true,
  identity: null,
  passwordAuthenticationDisabled: true,
  powerState: 'PowerState/running',
};

export const secureDisk: ConfigOf<'azure.compute.disk'> = {
  encryptionType: 'EncryptionAtRestWithCustomerKey',
  diskEncryptionSetId: DES_ID,
  networkAccessPolicy: 'DenyAll',
  publicNetworkAccess: 'Disabled',
  managedBy: VM_UID,
  diskState: 'Attached',
  azureDiskEncryption: false,
  osType: 'Linux',
  sizeGb: 30,
};

export const publicIpConfig = (ipConfigurationId: string | null): ConfigOf<'azure.network.public-ip'> => ({
  ipAddress: '20.50.60.70',
  allocationMethod: 'Static',
  ipVersion: 'IPv4',
  sku: 'Standard',
  ipConfigurationId,
});

export const ROLE_IDS = {
  owner: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
  reader: 'acdd72a7-3385-48ef-bd42-f606fba81ae7',
} as const;

export const subscriptionConfig: ConfigOf<'azure.subscription'> = {
  subscriptionId: SUBSCRIPTION_ID,
  tenantId: '72f988bf-0000-4000-8000-0000000000aa',
  state: 'Enabled',
  managementGroupAncestors: ['mg-platform'],
  activityLogDiagnosticSettings: [diagnosticSetting(['Administrative', 'Alert', 'Policy', 'Security'])],
  defenderPlans: [
    'CloudPosture',
    'Api',
    'VirtualMachines',
    'Containers',
    'StorageAccounts',
    'AppServices',
    'CosmosDbs',
    'OpenSourceRelationalDatabases',
    'SqlServers',
    'SqlServerVirtualMachines',
    'KeyVaults',
    'Arm',
  ].map((name) => ({ name, tier: 'Standard', subPlan: null })),
  securityContacts: [
    {
      emails: ['secops@example.com'],
      notifiedRoles: ['Owner'],
      alertMinimalSeverity: 'High',
      attackPathMinimalRiskLevel: 'Critical',
    },
  ],
};

/** A role assignment config; Owner at the subscription to a group unless overridden. */
export function roleAssignmentConfig(
  overrides: Partial<ConfigOf<'azure.authorization.role-assignment'>> = {},
): ConfigOf<'azure.authorization.role-assignment'> {
  return {
    roleDefinitionId: `${SUBSCRIPTION_UID}/providers/microsoft.authorization/roledefinitions/${ROLE_IDS.owner}`,
    roleName: 'Owner',
    principalId: '44444444-0000-4000-8000-000000000090',
    principalType: 'Group',
    scope: SUBSCRIPTION_UID,
    condition: null,
    ...overrides,
  };
}

export const secureVirtualNetwork: ConfigOf<'azure.network.virtual-network'> = {
  subnets: [
    {
      name: 'web',
      networkSecurityGroupId: `${RG}/microsoft.network/networksecuritygroups/nsg-web`,
      delegations: [],
    },
    { name: 'GatewaySubnet', networkSecurityGroupId: null, delegations: [] },
  ],
  ddosProtectionEnabled: true,
};

export const secureFlowLog: ConfigOf<'azure.network.flow-log'> = {
  enabled: true,
  targetResourceId: `${RG}/microsoft.network/networksecuritygroups/nsg-web`,
  retention: { enabled: true, days: 90 },
};

export const WAF_POLICY_ID = `${RG}/microsoft.network/applicationgatewaywebapplicationfirewallpolicies/waf-web`;

export const secureApplicationGateway: ConfigOf<'azure.network.application-gateway'> = {
  skuTier: 'WAF_v2',
  wafConfigurationEnabled: null,
  firewallPolicyId: WAF_POLICY_ID,
  sslPolicyType: 'Predefined',
  sslPolicyName: 'AppGwSslPolicy20220101S',
  sslMinProtocolVersion: null,
  http2Enabled: true,
};

export const secureWafPolicy: ConfigOf<'azure.network.waf-policy'> = {
  state: 'Enabled',
  mode: 'Prevention',
  requestBodyCheck: true,
  managedRuleSets: ['OWASP 3.2', 'Microsoft_BotManagerRuleSet 1.0'],
};

export const secureWebApp: ConfigOf<'azure.web.app'> = {
  kind: 'app,linux',
  httpsOnly: true,
  minTlsVersion: '1.2',
  ftpsState: 'Disabled',
  http20Enabled: true,
  remoteDebuggingEnabled: false,
};

export const secureDatabricksWorkspace: ConfigOf<'azure.databricks.workspace'> = {
  customVirtualNetworkId: `${RG}/microsoft.network/virtualnetworks/vnet-dbx`,
  noPublicIp: true,
  publicNetworkAccess: 'Disabled',
  privateEndpointConnections: 1,
};

export const customRoleDefinition: ConfigOf<'azure.authorization.role-definition'> = {
  roleName: 'App Operator',
  roleType: 'CustomRole',
  actions: ['Microsoft.Web/sites/restart/action', 'Microsoft.Web/sites/read'],
  notActions: [],
  assignableScopes: [SUBSCRIPTION_UID],
};
