/**
 * Every Azure API call the live collector makes, declared once: the request it sends (so a test can
 * prove each request the SDK clients send is declared), the Azure RBAC action it needs, and why.
 * `parapet permissions azure` prints the custom role built from these actions: reads only.
 */
import type { DeclaredCall } from '../types.js';

export interface AzureCall extends DeclaredCall {
  /** The HTTP request this call sends (lower-case path, without query); absent for permission-only entries. */
  request?: { method: 'GET' | 'POST'; path: RegExp };
}

const SUB = '/subscriptions/[^/]+';
const RG = `${SUB}/resourcegroups/[^/]+`;
const on = (tail: string) => new RegExp(`^${RG}/providers/${tail}$`);

/** Resource types Resource Graph returns rows for only when the identity may read them. */
const GRAPH_READS: readonly [string, string, string][] = [
  ['Microsoft.Storage', 'storageAccounts/read', 'storage accounts (transport, network, keys, encryption)'],
  ['Microsoft.Network', 'networkSecurityGroups/read', 'NSG rules (internet exposure)'],
  ['Microsoft.Network', 'publicIPAddresses/read', 'public IPs and what they are bound to'],
  ['Microsoft.Network', 'virtualNetworks/read', 'virtual networks and subnets (NSG association, DDoS)'],
  ['Microsoft.Network', 'networkWatchers/read', 'Network Watcher per region'],
  ['Microsoft.Network', 'networkWatchers/flowLogs/read', 'flow logs and their retention'],
  ['Microsoft.Network', 'applicationGateways/read', 'Application Gateway WAF, TLS policy, HTTP/2'],
  [
    'Microsoft.Network',
    'ApplicationGatewayWebApplicationFirewallPolicies/read',
    'WAF policies (request body inspection, bot protection)',
  ],
  ['Microsoft.Network', 'bastionHosts/read', 'whether an Azure Bastion host exists'],
  ['Microsoft.Sql', 'servers/read', 'SQL servers (network access, TLS, Entra admin)'],
  ['Microsoft.KeyVault', 'vaults/read', 'key vaults (purge protection, RBAC, network)'],
  ['Microsoft.Compute', 'virtualMachines/read', 'virtual machines (disks, host encryption)'],
  ['Microsoft.Compute', 'disks/read', 'managed disks (encryption, network access)'],
  ['Microsoft.Web', 'sites/read', 'App Service apps (HTTPS only, identity)'],
  ['Microsoft.Insights', 'activityLogAlerts/read', 'activity log alert rules'],
  ['Microsoft.Insights', 'components/read', 'Application Insights components'],
  ['Microsoft.Databricks', 'workspaces/read', 'Databricks workspaces (VNet injection, public access)'],
  ['Microsoft.Authorization', 'roleAssignments/read', 'role assignments (owners, privileged roles)'],
  ['Microsoft.Authorization', 'roleDefinitions/read', 'custom role definitions'],
];

export const AZURE_CALLS: readonly AzureCall[] = [
  {
    service: 'Microsoft.Resources',
    operation: 'subscriptions/list',
    permissions: ['Microsoft.Resources/subscriptions/read'],
    why: 'discover the subscriptions the identity can read',
    request: { method: 'GET', path: /^\/subscriptions$/ },
  },
  {
    service: 'Microsoft.ResourceGraph',
    operation: 'resources (query)',
    permissions: ['Microsoft.ResourceGraph/resources/read'],
    why: 'inventory every resource, subscription and role assignment in bulk (paged, 1,000 rows a page)',
    request: { method: 'POST', path: /^\/providers\/microsoft\.resourcegraph\/resources$/ },
  },
  {
    service: 'Microsoft.Management',
    operation: 'managementGroups/read',
    permissions: ['Microsoft.Management/managementGroups/read'],
    why: 'scope the Resource Graph queries to a management group (--management-group)',
  },
  ...GRAPH_READS.map(([service, op, why]) => ({
    service,
    operation: `${op} (through Resource Graph)`,
    permissions: [`${service}/${op}`],
    why: `Resource Graph returns rows only for resources the identity may read: ${why}`,
  })),
  {
    service: 'Microsoft.Insights',
    operation: 'diagnosticSettings/list',
    permissions: ['Microsoft.Insights/diagnosticSettings/read'],
    why: 'activity log export (subscription) and Key Vault logging (vault) diagnostic settings',
    request: { method: 'GET', path: /\/providers\/microsoft\.insights\/diagnosticsettings$/ },
  },
  {
    service: 'Microsoft.Security',
    operation: 'pricings/list',
    permissions: ['Microsoft.Security/pricings/read'],
    why: 'Defender for Cloud plans per subscription',
    request: { method: 'GET', path: new RegExp(`^${SUB}/providers/microsoft\\.security/pricings$`) },
  },
  {
    service: 'Microsoft.Security',
    operation: 'securityContacts/list',
    permissions: ['Microsoft.Security/securityContacts/read'],
    why: 'Defender for Cloud alert notification settings',
    request: { method: 'GET', path: new RegExp(`^${SUB}/providers/microsoft\\.security/securitycontacts$`) },
  },
  {
    service: 'Microsoft.Storage',
    operation: 'blobServices/getServiceProperties',
    permissions: ['Microsoft.Storage/storageAccounts/blobServices/read'],
    why: 'blob and container soft delete, versioning',
    request: { method: 'GET', path: on('microsoft\\.storage/storageaccounts/[^/]+/blobservices/default') },
  },
  {
    service: 'Microsoft.Storage',
    operation: 'fileServices/getServiceProperties',
    permissions: ['Microsoft.Storage/storageAccounts/fileServices/read'],
    why: 'file share soft delete, SMB versions and channel encryption',
    request: { method: 'GET', path: on('microsoft\\.storage/storageaccounts/[^/]+/fileservices/default') },
  },
  {
    service: 'Microsoft.KeyVault',
    operation: 'keys/list',
    permissions: ['Microsoft.KeyVault/vaults/keys/read'],
    why: 'key expiry and rotation policy (metadata only; key material is never read)',
    request: { method: 'GET', path: on('microsoft\\.keyvault/vaults/[^/]+/keys') },
  },
  {
    service: 'Microsoft.KeyVault',
    operation: 'secrets/list',
    permissions: ['Microsoft.KeyVault/vaults/secrets/read'],
    why: 'secret expiry (the management API returns attributes only, never secret values)',
    request: { method: 'GET', path: on('microsoft\\.keyvault/vaults/[^/]+/secrets') },
  },
  {
    service: 'Microsoft.Sql',
    operation: 'firewallRules/listByServer',
    permissions: ['Microsoft.Sql/servers/firewallRules/read'],
    why: 'SQL firewall rules (reachable from the internet)',
    request: { method: 'GET', path: on('microsoft\\.sql/servers/[^/]+/firewallrules') },
  },
  {
    service: 'Microsoft.Sql',
    operation: 'serverBlobAuditingPolicies/get',
    permissions: ['Microsoft.Sql/servers/auditingSettings/read'],
    why: 'SQL server auditing and its retention',
    request: { method: 'GET', path: on('microsoft\\.sql/servers/[^/]+/auditingsettings/default') },
  },
  {
    service: 'Microsoft.Sql',
    operation: 'databases/listByServer',
    permissions: ['Microsoft.Sql/servers/databases/read'],
    why: 'the databases whose transparent data encryption is checked',
    request: { method: 'GET', path: on('microsoft\\.sql/servers/[^/]+/databases') },
  },
  {
    service: 'Microsoft.Sql',
    operation: 'transparentDataEncryptions/get',
    permissions: ['Microsoft.Sql/servers/databases/transparentDataEncryption/read'],
    why: 'transparent data encryption of each database (and so of its backups)',
    request: {
      method: 'GET',
      path: on('microsoft\\.sql/servers/[^/]+/databases/[^/]+/transparentdataencryption/current'),
    },
  },
  {
    service: 'Microsoft.Web',
    operation: 'webApps/getConfiguration',
    permissions: ['Microsoft.Web/sites/config/read'],
    why: 'App Service TLS version, FTPS state, HTTP/2 and remote debugging',
    request: { method: 'GET', path: on('microsoft\\.web/sites/[^/]+/config/web') },
  },
];

/** The declared call a request belongs to, if any. */
export function callOfRequest(method: string, path: string): AzureCall | undefined {
  const p = path.split('?')[0]!.toLowerCase();
  return AZURE_CALLS.find((c) => c.request?.method === method.toUpperCase() && c.request.path.test(p));
}

/**
 * The Azure custom role definition for the scanner, as JSON text: every declared action, all reads.
 * Assign it at the management group or subscriptions to scan.
 */
export function azureRoleDefinition(options: { explain?: boolean } = {}): string {
  const actions = [...new Set(AZURE_CALLS.flatMap((c) => c.permissions))].sort((a, b) =>
    a.toLowerCase().localeCompare(b.toLowerCase()),
  );
  const role: Record<string, unknown> = {
    Name: 'Parapet Scanner (read-only)',
    IsCustom: true,
    Description:
      'Read-only access for Parapet live scans (parapet scan --azure). Generated from the declared calls.',
    Actions: actions,
    NotActions: [],
    DataActions: [],
    NotDataActions: [],
    AssignableScopes: [
      '/subscriptions/<subscription-id>',
      '/providers/Microsoft.Management/managementGroups/<group-id>',
    ],
  };
  if (options.explain === true)
    role.Calls = AZURE_CALLS.map((c) => ({
      service: c.service,
      operation: c.operation,
      permissions: c.permissions,
      why: c.why,
    }));
  return `${JSON.stringify(role, null, 2)}\n`;
}
