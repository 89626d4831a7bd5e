/** Secure baseline configs for GCP rule tests: each test changes only what it is about. */
import type { ConfigOf } from '../../../inventory/types.js';

export const PROJECT = 'acme-prod';
export const PROJECT_NUMBER = '123456789012';
export const NETWORK_UID = `//compute.googleapis.com/projects/${PROJECT}/global/networks/prod-vpc`;
export const SUBNET_UID = `//compute.googleapis.com/projects/${PROJECT}/regions/us-east1/subnetworks/prod-east`;
export const APP_SA = `app@${PROJECT}.iam.gserviceaccount.com`;
export const DEFAULT_SA = `${PROJECT_NUMBER}-compute@developer.gserviceaccount.com`;
export const CLOUD_PLATFORM = 'https://www.googleapis.com/auth/cloud-platform';

export const secureProject: ConfigOf<'gcp.resourcemanager.project'> = {
  projectId: PROJECT,
  projectNumber: PROJECT_NUMBER,
  lifecycleState: 'ACTIVE',
  iamBindings: [
    { role: 'roles/owner', members: ['group:platform-admins@acme.example'], condition: null },
    { role: 'roles/viewer', members: [`serviceAccount:${APP_SA}`], condition: null },
    // Google APIs service agent: Google grants it Editor and requires it to keep it.
    {
      role: 'roles/editor',
      members: [`serviceAccount:${PROJECT_NUMBER}@cloudservices.gserviceaccount.com`],
      condition: null,
    },
  ],
  auditConfigs: [
    {
      service: 'allServices',
      auditLogConfigs: [
        { logType: 'ADMIN_READ', exemptedMembers: [] },
        { logType: 'DATA_READ', exemptedMembers: [] },
        { logType: 'DATA_WRITE', exemptedMembers: [] },
      ],
    },
  ],
};

export const secureBucket: ConfigOf<'gcp.storage.bucket'> = {
  uniformBucketLevelAccess: true,
  publicAccessPrevention: 'enforced',
  versioning: true,
  logging: { logBucket: 'acme-access-logs', logObjectPrefix: null },
  retentionPolicy: null,
  defaultKmsKeyName: `projects/${PROJECT}/locations/us/keyRings/ring/cryptoKeys/data`,
  iamBindings: [
    { role: 'roles/storage.objectViewer', members: [`serviceAccount:${APP_SA}`], condition: null },
  ],
};

export const secureFirewall: ConfigOf<'gcp.compute.firewall'> = {
  network: NETWORK_UID,
  direction: 'INGRESS',
  disabled: false,
  priority: 1000,
  sourceRanges: ['35.235.240.0/20'], // Identity-Aware Proxy TCP forwarding
  destinationRanges: [],
  sourceTags: [],
  sourceServiceAccounts: [],
  allowed: [{ protocol: 'tcp', ports: ['22', '3389'] }],
  denied: [],
  targetTags: ['admin'],
  targetServiceAccounts: [],
  logConfig: { enable: true, metadata: 'INCLUDE_ALL_METADATA' },
};

export const secureNetwork: ConfigOf<'gcp.compute.network'> = {
  autoCreateSubnetworks: false,
  legacy: false,
  routingMode: 'REGIONAL',
};

export const secureSubnetwork: ConfigOf<'gcp.compute.subnetwork'> = {
  network: NETWORK_UID,
  ipCidrRange: '10.10.0.0/20',
  flowLogsEnabled: true,
  privateIpGoogleAccess: true,
  purpose: 'PRIVATE',
};

export const secureInstance: ConfigOf<'gcp.compute.instance'> = {
  status: 'RUNNING',
  serviceAccounts: [{ email: APP_SA, scopes: [CLOUD_PLATFORM] }],
  networkInterfaces: [
    {
      name: 'nic0',
      network: NETWORK_UID,
      subnetwork: SUBNET_UID,
      networkIP: '10.10.0.5',
      accessConfigs: [],
      ipv6AccessConfigs: [],
    },
  ],
  canIpForward: false,
  blockProjectSshKeys: true,
  serialPortEnabled: false,
  osLoginEnabled: true,
  shieldedInstanceConfig: { enableSecureBoot: true, enableVtpm: true, enableIntegrityMonitoring: true },
  confidentialComputing: false,
};

export const secureSqlInstance: ConfigOf<'gcp.sql.instance'> = {
  databaseVersion: 'POSTGRES_15',
  instanceType: 'CLOUD_SQL_INSTANCE',
  state: 'RUNNABLE',
  ipv4Enabled: false,
  privateNetwork: NETWORK_UID,
  authorizedNetworks: [],
  requireSsl: false,
  sslMode: 'ENCRYPTED_ONLY',
  backupEnabled: true,
  pointInTimeRecoveryEnabled: true,
  databaseFlags: [{ name: 'log_connections', value: 'on' }],
};

export const secureServiceAccountKey: ConfigOf<'gcp.iam.service-account-key'> = {
  keyType: 'SYSTEM_MANAGED',
  validAfterTime: '2026-05-01T00:00:00Z',
  validBeforeTime: '2026-05-15T00:00:00Z',
  disabled: false,
  serviceAccountEmail: APP_SA,
  keyAlgorithm: 'KEY_ALG_RSA_2048',
};

export const secureCluster: ConfigOf<'gcp.container.cluster'> = {
  endpoint: '172.16.0.2',
  privateClusterConfig: {
    enablePrivateNodes: true,
    enablePrivateEndpoint: true,
    masterIpv4CidrBlock: '172.16.0.0/28',
  },
  masterAuthorizedNetworks: {
    enabled: true,
    cidrBlocks: [{ cidrBlock: '10.0.0.0/8', displayName: 'internal' }],
    gcpPublicCidrsAccessEnabled: false,
  },
  legacyAbacEnabled: false,
  networkPolicyEnabled: true,
  workloadIdentityPool: `${PROJECT}.svc.id.goog`,
  shieldedNodesEnabled: true,
  secretsEncryptionKey: `projects/${PROJECT}/locations/us-east1/keyRings/ring/cryptoKeys/gke`,
  network: NETWORK_UID,
  currentMasterVersion: '1.30.5-gke.1',
};

export const loggingDnsPolicy: ConfigOf<'gcp.dns.policy'> = {
  enableLogging: true,
  enableInboundForwarding: false,
  networks: [NETWORK_UID],
};

export const KMS_KEY_UID = `//cloudkms.googleapis.com/projects/${PROJECT}/locations/us-east1/keyRings/ring/cryptoKeys/data`;

export const secureCryptoKey: ConfigOf<'gcp.kms.crypto-key'> = {
  purpose: 'ENCRYPT_DECRYPT',
  rotationPeriodSeconds: 90 * 86400,
  nextRotationTime: '2026-08-01T00:00:00Z',
  primaryState: 'ENABLED',
  iamBindings: [
    {
      role: 'roles/cloudkms.cryptoKeyEncrypterDecrypter',
      members: [`serviceAccount:${APP_SA}`],
      condition: null,
    },
  ],
};

export const secureManagedZone: ConfigOf<'gcp.dns.managed-zone'> = {
  dnsName: 'acme.example.',
  visibility: 'PUBLIC',
  dnssecState: 'on',
  dnssecKeySpecs: [
    { keyType: 'KEY_SIGNING', algorithm: 'RSASHA256' },
    { keyType: 'ZONE_SIGNING', algorithm: 'RSASHA256' },
  ],
};

export const secureDataset: ConfigOf<'gcp.bigquery.dataset'> = {
  access: [
    { role: 'OWNER', member: 'specialGroup:projectOwners' },
    { role: 'READER', member: 'group:analysts@acme.example' },
  ],
  defaultKmsKeyName: `projects/${PROJECT}/locations/us/keyRings/ring/cryptoKeys/bq`,
};

export const secureTable: ConfigOf<'gcp.bigquery.table'> = {
  tableType: 'TABLE',
  kmsKeyName: `projects/${PROJECT}/locations/us/keyRings/ring/cryptoKeys/bq`,
};

export const secureDisk: ConfigOf<'gcp.compute.disk'> = {
  customerSuppliedKey: true,
  kmsKeyName: null,
  users: [`//compute.googleapis.com/projects/${PROJECT}/zones/us-east1-b/instances/web-1`],
};

export const secureComputeProject: ConfigOf<'gcp.compute.project'> = {
  osLoginEnabled: true,
  serialPortEnabled: null,
};

export const secureDataprocCluster: ConfigOf<'gcp.dataproc.cluster'> = {
  kmsKeyName: `projects/${PROJECT}/locations/us-east1/keyRings/ring/cryptoKeys/dataproc`,
};

export const secureApiKey: ConfigOf<'gcp.apikeys.key'> = {
  createTime: '2026-04-01T00:00:00Z',
  apiTargets: ['translate.googleapis.com'],
  applicationRestriction: 'server',
};

export const ORG_UID = '//cloudresourcemanager.googleapis.com/organizations/777';
export const FOLDER_UID = '//cloudresourcemanager.googleapis.com/folders/555';

export const secureContainer: ConfigOf<'gcp.resourcemanager.organization'> = {
  displayName: 'acme.example',
  lifecycleState: 'ACTIVE',
  iamBindings: [
    {
      role: 'roles/resourcemanager.organizationAdmin',
      members: ['group:org-admins@acme.example'],
      condition: null,
    },
  ],
  auditConfigs: [],
};

export const exportAllSink: ConfigOf<'gcp.logging.sink'> = {
  destination: 'storage.googleapis.com/acme-audit-archive',
  filter: '',
  includeChildren: false,
  disabled: false,
};
