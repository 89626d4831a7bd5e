/**
 * Northwind Freight on Google Cloud: the route-optimisation production project and the data
 * platform's dev project, as Cloud Asset Inventory exports them (`gcloud asset export`, JSON Lines):
 * one file per content type (resource, iam-policy) per project; the data project's resource export is
 * in the older proto spelling. Deliberate misconfigurations are commented where they are made.
 */
import { DOMAIN, gcpProject, TEAMS, type DataClass, type GcpProject } from '../company.js';
import {
  camelLine,
  CIS_LOG_FILTERS,
  CLOUD_PLATFORM,
  DEFAULT_SCOPES,
  gcpLabels,
  ProjectEstate,
  snakeLine,
  type CaiRecord,
} from './builders.js';

function routing(): ProjectEstate {
  const e = new ProjectEstate(gcpProject('routing'));
  const P = e.p.id;
  const labels = (owner: string, data: DataClass, extra?: Record<string, string>) =>
    gcpLabels(owner, 'prod', data, extra);
  e.project(labels(TEAMS.routing, 'confidential', { 'cost-center': 'cc-4100' }), '2020-05-11T09:12:44.000Z');

  const vpc = e.url('global/networks/routing-vpc');
  const euw1 = e.subnet('routing-euw1', 'europe-west1', {
    network: vpc,
    cidr: '10.60.0.0/20',
    flowLogs: true,
    pga: true,
    created: '2020-05-11T10:00:00.000Z',
  });
  const gkeSubnet = e.subnet('routing-euw1-gke', 'europe-west1', {
    network: vpc,
    cidr: '10.60.16.0/20',
    flowLogs: true,
    pga: true,
    created: '2022-03-07T10:00:00.000Z',
    secondary: [
      { rangeName: 'pods', ipCidrRange: '10.96.0.0/14' },
      { rangeName: 'services', ipCidrRange: '10.100.0.0/20' },
    ],
  });
  // Misconfiguration: the newer europe-west4 subnet was created without flow logs.
  const euw4 = e.subnet('routing-euw4', 'europe-west4', {
    network: vpc,
    cidr: '10.60.64.0/20',
    flowLogs: null,
    pga: true,
    created: '2025-09-15T10:00:00.000Z',
  });
  e.subnet('routing-euw1-proxy-only', 'europe-west1', {
    network: vpc,
    cidr: '10.60.250.0/24',
    flowLogs: null,
    pga: false,
    purpose: 'REGIONAL_MANAGED_PROXY',
    created: '2023-02-01T10:00:00.000Z',
  });
  e.network('routing-vpc', {
    created: '2020-05-11T09:55:00.000Z',
    subnets: [euw1, gkeSubnet, euw4],
    routing: 'GLOBAL',
    description: 'Route optimisation platform',
  });

  e.firewall('allow-iap-ssh', {
    network: vpc,
    sources: ['35.235.240.0/20'],
    allowed: [{ proto: 'tcp', ports: ['22'] }],
    log: true,
    description: 'SSH through IAP TCP forwarding',
    created: '2020-05-11T10:05:00.000Z',
  });
  e.firewall('allow-health-checks', {
    network: vpc,
    sources: ['130.211.0.0/22', '35.191.0.0/16'],
    allowed: [{ proto: 'tcp', ports: ['8080', '10256'] }],
    created: '2022-03-07T10:10:00.000Z',
  });
  e.firewall('allow-internal', {
    network: vpc,
    priority: 65534,
    sources: ['10.60.0.0/16'],
    allowed: [{ proto: 'tcp' }, { proto: 'udp' }, { proto: 'icmp' }],
    created: '2020-05-11T10:06:00.000Z',
  });
  // Misconfiguration: SSH from anywhere to instances tagged "debug".
  e.firewall('allow-vendor-debug-ssh', {
    network: vpc,
    priority: 900,
    sources: ['0.0.0.0/0'],
    allowed: [{ proto: 'tcp', ports: ['22'] }],
    targetTags: ['debug'],
    description: 'OSRM vendor debugging session (ticket RT-2291)',
    created: '2026-06-18T14:00:00.000Z',
  });
  e.firewall('deny-egress-smtp', {
    network: vpc,
    direction: 'EGRESS',
    destinations: ['0.0.0.0/0'],
    denied: [{ proto: 'tcp', ports: ['25'] }],
    created: '2020-05-11T10:07:00.000Z',
  });

  const solver = e.serviceAccount('route-solver', 'Route solver workers');
  const gkeNodes = e.serviceAccount('gke-nodes', 'GKE node pools (least privilege)');
  const ci = e.serviceAccount('ci-deployer', 'GitHub Actions deployer');
  const defaultSa = e.serviceAccount('compute', 'Compute Engine default service account', {
    email: `${e.p.number}-compute@developer.gserviceaccount.com`,
  });
  // Misconfiguration: a CI key created in April 2025 and never rotated.
  e.key(ci, { created: '2025-04-14T09:12:33.000Z' });
  e.key(solver, { created: '2026-10-02T08:00:00.000Z' });

  const hardened = { 'enable-oslogin': 'TRUE', 'block-project-ssh-keys': 'true' };
  e.instance('route-solver-01', 'europe-west1-b', {
    network: vpc,
    subnet: euw1,
    ip: '10.60.0.11',
    sa: { email: solver.email, scopes: [CLOUD_PLATFORM] },
    machine: 'c2-standard-16',
    metadata: hardened,
    shielded: { vtpm: true, integrity: true },
    labels: labels(TEAMS.routing, 'confidential', { app: 'route-solver' }),
    created: '2026-03-02T09:00:00.000Z',
  });
  // Misconfiguration: serial port access left on after a kernel debugging session.
  e.instance('route-solver-02', 'europe-west1-c', {
    network: vpc,
    subnet: euw1,
    ip: '10.60.0.12',
    sa: { email: solver.email, scopes: [CLOUD_PLATFORM] },
    machine: 'c2-standard-16',
    metadata: { ...hardened, 'serial-port-enable': 'true' },
    shielded: { vtpm: true, integrity: true },
    labels: labels(TEAMS.routing, 'confidential', { app: 'route-solver' }),
    created: '2026-03-02T09:05:00.000Z',
  });
  for (const [n, zone] of [
    ['a1b2', 'europe-west1-b'],
    ['c3d4', 'europe-west1-c'],
  ] as const) {
    e.instance(`gke-routing-gke-default-pool-5f2c9e1d-${n}`, zone, {
      network: vpc,
      subnet: gkeSubnet,
      ip: `10.60.16.${n === 'a1b2' ? 3 : 4}`,
      sa: { email: gkeNodes.email, scopes: [CLOUD_PLATFORM] },
      machine: 'e2-standard-8',
      metadata: {
        'cluster-name': 'routing-gke',
        'cluster-location': 'europe-west1',
        'disable-legacy-endpoints': 'true',
        'kube-env': 'ENABLE_NODE_PROBLEM_DETECTOR: standalone',
      },
      shielded: { vtpm: true, integrity: true },
      labels: {
        ...labels(TEAMS.routing, 'confidential', { app: 'route-api' }),
        'goog-gke-node': '',
        'goog-k8s-cluster-name': 'routing-gke',
        'goog-k8s-cluster-location': 'europe-west1',
        'goog-k8s-node-pool-name': 'default-pool',
      },
      tags: ['gke-routing-gke-5f2c9e1d-node'],
      created: '2026-11-20T04:00:00.000Z',
    });
  }
  // Misconfiguration: the legacy geocoder runs as the default service account with full API access,
  // has an external IP, accepts project-wide SSH keys and is not a Shielded VM.
  e.instance('legacy-geocoder-01', 'europe-west1-d', {
    network: vpc,
    subnet: euw1,
    ip: '10.60.0.40',
    natIp: '192.0.2.45',
    sa: { email: defaultSa.email, scopes: [CLOUD_PLATFORM] },
    machine: 'n1-standard-4',
    metadata: {},
    shielded: null,
    tags: ['debug', 'http-server'],
    labels: labels(TEAMS.routing, 'internal', { app: 'geocoder' }),
    created: '2020-06-01T10:00:00.000Z',
  });
  // Misconfiguration: a NAT instance from before Cloud NAT: forwards IP, has an external IP, and its
  // Shielded VM integrity monitoring is off.
  e.instance('nat-gw-euw4', 'europe-west4-a', {
    network: vpc,
    subnet: euw4,
    ip: '10.60.64.2',
    natIp: '192.0.2.46',
    sa: { email: defaultSa.email, scopes: DEFAULT_SCOPES },
    machine: 'e2-small',
    metadata: hardened,
    shielded: { vtpm: true, integrity: false },
    ipForward: true,
    labels: labels(TEAMS.platform, 'internal', { app: 'nat' }),
    created: '2025-09-15T11:00:00.000Z',
  });

  e.cluster('routing-gke', 'europe-west1', {
    network: vpc,
    subnet: gkeSubnet,
    privateNodes: true,
    authorized: [
      { displayName: 'head office', cidrBlock: '198.51.100.0/24' },
      { displayName: 'ci runners', cidrBlock: '203.0.113.192/28' },
    ],
    legacyAbac: false,
    secretsKey: `projects/${P}/locations/europe-west1/keyRings/gke/cryptoKeys/routing-gke-secrets`,
    workloadIdentity: true,
    version: '1.31.1-gke.2105000',
    endpoint: '192.0.2.10',
    labels: labels(TEAMS.routing, 'confidential', { app: 'route-api' }),
    nodeSa: gkeNodes.email,
    created: '2022-03-07T11:00:00.000Z',
  });

  e.sql('routing-pg-prod', {
    version: 'POSTGRES_15',
    region: 'europe-west1',
    tier: 'db-custom-4-16384',
    ipv4: false,
    privateNetwork: `projects/${P}/global/networks/routing-vpc`,
    requireSsl: true,
    sslMode: 'ENCRYPTED_ONLY',
    backups: true,
    pitr: true,
    flags: [
      { name: 'log_connections', value: 'on' },
      { name: 'log_disconnections', value: 'on' },
    ],
    labels: labels(TEAMS.routing, 'confidential', { app: 'route-solver' }),
    created: '2020-05-12T09:00:00.000Z',
  });
  // Misconfiguration: the reporting replica has a public IP (authorized to the office only).
  e.sql('routing-reports-mysql', {
    version: 'MYSQL_8_0',
    region: 'europe-west1',
    tier: 'db-custom-2-8192',
    ipv4: true,
    authorized: [{ name: 'head office', value: '198.51.100.0/24' }],
    requireSsl: true,
    sslMode: 'ENCRYPTED_ONLY',
    backups: true,
    pitr: true,
    labels: labels(TEAMS.finance, 'confidential', { app: 'route-reports' }),
    created: '2023-01-09T09:00:00.000Z',
  });

  e.bucket('nwf-routing-prod-models', {
    location: 'europe-west1',
    uniform: true,
    pap: 'enforced',
    versioning: true,
    logBucket: 'nwf-routing-prod-logs',
    kmsKey: `projects/${P}/locations/europe-west1/keyRings/storage/cryptoKeys/models`,
    labels: labels(TEAMS.routing, 'confidential', { app: 'route-solver' }),
    created: '2020-05-12T10:00:00.000Z',
    bindings: [{ role: 'roles/storage.objectAdmin', members: [`serviceAccount:${solver.email}`] }],
  });
  // Misconfiguration: map tiles served straight from a public bucket.
  e.bucket('nwf-routing-prod-map-tiles', {
    location: 'europe-west1',
    uniform: true,
    pap: 'inherited',
    versioning: false,
    logBucket: 'nwf-routing-prod-logs',
    labels: labels(TEAMS.routing, 'public', { app: 'tiles' }),
    created: '2021-02-03T10:00:00.000Z',
    bindings: [
      { role: 'roles/storage.objectViewer', members: ['allUsers'] },
      { role: 'roles/storage.objectAdmin', members: [`serviceAccount:${ci.email}`] },
    ],
  });
  e.bucket('nwf-routing-prod-logs', {
    location: 'europe-west1',
    uniform: true,
    pap: 'enforced',
    versioning: false,
    labels: labels(TEAMS.security, 'internal'),
    created: '2020-05-12T10:05:00.000Z',
    bindings: [
      { role: 'roles/storage.objectCreator', members: ['group:cloud-storage-analytics@google.com'] },
    ],
  });

  e.dnsPolicy('routing-dns-logging', {
    logging: true,
    inbound: false,
    networks: [vpc],
    description: 'DNS query logging',
  });

  // Log-based metrics with alerts for the identity changes CIS names. Misconfiguration: the network
  // team's firewall metric has no alert policy, and route, network, bucket IAM and Cloud SQL changes
  // have no metric at all.
  e.logMetric('iam-ownership-changes', {
    filter: CIS_LOG_FILTERS.ownership,
    description: 'Project ownership changes',
  });
  e.logMetric('iam-audit-config-changes', {
    filter: CIS_LOG_FILTERS.auditConfig,
    description: 'Audit configuration changes',
  });
  e.logMetric('iam-custom-role-changes', {
    filter: CIS_LOG_FILTERS.customRole,
    description: 'Custom role changes',
  });
  e.logMetric('net-firewall-changes', {
    filter: CIS_LOG_FILTERS.firewall,
    description: 'Firewall rule changes',
  });
  e.alertPolicy('Security: IAM changes', {
    metrics: ['iam-ownership-changes', 'iam-audit-config-changes', 'iam-custom-role-changes'],
    enabled: true,
    channels: ['secops-pager'],
    created: '2024-02-14T10:00:00.000Z',
  });

  e.policy(
    `//cloudresourcemanager.googleapis.com/projects/${e.p.number}`,
    'cloudresourcemanager.googleapis.com/Project',
    {
      bindings: [
        { role: 'roles/owner', members: [`group:gcp-platform-admins@${DOMAIN}`] },
        // Misconfiguration: the CI service account is a project Editor.
        {
          role: 'roles/editor',
          members: [
            `serviceAccount:${e.p.number}@cloudservices.gserviceaccount.com`,
            `serviceAccount:${ci.email}`,
          ],
        },
        // Misconfiguration: developers may impersonate every service account of the project.
        { role: 'roles/iam.serviceAccountUser', members: [`group:routing-devs@${DOMAIN}`] },
        { role: 'roles/container.developer', members: [`group:routing-devs@${DOMAIN}`] },
        {
          role: 'roles/container.serviceAgent',
          members: [`serviceAccount:service-${e.p.number}@container-engine-robot.iam.gserviceaccount.com`],
        },
        {
          role: 'roles/compute.serviceAgent',
          members: [`serviceAccount:service-${e.p.number}@compute-system.iam.gserviceaccount.com`],
        },
        {
          role: 'roles/logging.logWriter',
          members: [`serviceAccount:${gkeNodes.email}`, `serviceAccount:${solver.email}`],
        },
        {
          role: 'roles/monitoring.metricWriter',
          members: [`serviceAccount:${gkeNodes.email}`, `serviceAccount:${solver.email}`],
        },
        { role: 'roles/viewer', members: [`group:security-operations@${DOMAIN}`] },
      ],
      auditConfigs: [
        {
          service: 'allServices',
          auditLogConfigs: [{ logType: 'ADMIN_READ' }, { logType: 'DATA_READ' }, { logType: 'DATA_WRITE' }],
        },
      ],
    },
  );
  e.policy(
    `//iam.googleapis.com/projects/${P}/serviceAccounts/${ci.uniqueId}`,
    'iam.googleapis.com/ServiceAccount',
    {
      bindings: [
        {
          role: 'roles/iam.workloadIdentityUser',
          members: [
            `principalSet://iam.googleapis.com/projects/${e.p.number}/locations/global/workloadIdentityPools/github/attribute.repository_owner/northwind-freight`,
          ],
        },
      ],
    },
  );
  return e;
}

function data(): ProjectEstate {
  const e = new ProjectEstate(gcpProject('data'));
  const P = e.p.id;
  const labels = (owner: string, d: DataClass, extra?: Record<string, string>) =>
    gcpLabels(owner, 'dev', d, extra);
  e.project(labels(TEAMS.data, 'internal', { 'cost-center': 'cc-4000' }), '2016-09-20T14:03:11.000Z');

  // Misconfiguration: the default network still exists (converted to custom mode; two regional
  // subnets left), with its default firewall rules; its subnets have neither flow logs nor Private
  // Google Access.
  const def = e.url('global/networks/default');
  const defEuw1 = e.subnet('default', 'europe-west1', {
    network: def,
    cidr: '10.132.0.0/20',
    flowLogs: null,
    pga: false,
    created: '2016-09-20T14:05:00.000Z',
  });
  const defUsc1 = e.subnet('default', 'us-central1', {
    network: def,
    cidr: '10.128.0.0/20',
    flowLogs: null,
    pga: false,
    created: '2016-09-20T14:05:00.000Z',
  });
  e.network('default', {
    created: '2016-09-20T14:05:00.000Z',
    subnets: [defEuw1, defUsc1],
    description: 'Default network for the project',
  });
  const vpc = e.url('global/networks/analytics-vpc');
  const analytics = e.subnet('analytics-euw1', 'europe-west1', {
    network: vpc,
    cidr: '10.70.0.0/20',
    flowLogs: true,
    pga: true,
    created: '2023-04-03T10:00:00.000Z',
  });
  e.network('analytics-vpc', { created: '2023-04-03T09:55:00.000Z', subnets: [analytics] });

  e.firewall('default-allow-ssh', {
    network: def,
    priority: 65534,
    sources: ['0.0.0.0/0'],
    allowed: [{ proto: 'tcp', ports: ['22'] }],
    description: 'Allow SSH from anywhere',
    created: '2016-09-20T14:05:10.000Z',
  });
  e.firewall('default-allow-rdp', {
    network: def,
    priority: 65534,
    sources: ['0.0.0.0/0'],
    allowed: [{ proto: 'tcp', ports: ['3389'] }],
    description: 'Allow RDP from anywhere',
    created: '2016-09-20T14:05:10.000Z',
  });
  e.firewall('default-allow-icmp', {
    network: def,
    priority: 65534,
    sources: ['0.0.0.0/0'],
    allowed: [{ proto: 'icmp' }],
    description: 'Allow ICMP from anywhere',
    created: '2016-09-20T14:05:10.000Z',
  });
  e.firewall('default-allow-internal', {
    network: def,
    priority: 65534,
    sources: ['10.128.0.0/9'],
    allowed: [{ proto: 'tcp', ports: ['0-65535'] }, { proto: 'udp', ports: ['0-65535'] }, { proto: 'icmp' }],
    description: 'Allow internal traffic on the default network',
    created: '2016-09-20T14:05:10.000Z',
  });
  e.firewall('allow-iap-ssh-analytics', {
    network: vpc,
    sources: ['35.235.240.0/20'],
    allowed: [{ proto: 'tcp', ports: ['22'] }],
    created: '2023-04-03T10:05:00.000Z',
  });
  // Misconfiguration: PostgreSQL reachable from the internet for analysts working from home.
  e.firewall('allow-postgres-analysts', {
    network: vpc,
    sources: ['0.0.0.0/0'],
    allowed: [{ proto: 'tcp', ports: ['5432'] }],
    targetTags: ['pg-proxy'],
    description: 'analysts WFH (temporary)',
    created: '2024-03-11T16:20:00.000Z',
  });

  const etl = e.serviceAccount('etl-runner', 'ETL runner');
  const looker = e.serviceAccount('looker-export', 'Looker scheduled exports');
  const defaultSa = e.serviceAccount('compute', 'Compute Engine default service account', {
    email: `${e.p.number}-compute@developer.gserviceaccount.com`,
  });
  // Misconfiguration: a downloaded key for the Looker export account, created January 2025.
  e.key(looker, { created: '2025-01-20T13:45:02.000Z' });
  e.key(etl, { created: '2024-02-02T09:00:00.000Z', disabled: true });

  // Misconfiguration: the data scientists' notebook server: default service account with full API
  // access, external IP, project-wide SSH keys accepted, not a Shielded VM.
  e.instance('jupyter-hub-01', 'europe-west1-b', {
    network: def,
    subnet: defEuw1,
    ip: '10.132.0.7',
    natIp: '192.0.2.77',
    sa: { email: defaultSa.email, scopes: [CLOUD_PLATFORM] },
    machine: 'n2-highmem-8',
    metadata: { 'startup-script': '#! /bin/bash\nsystemctl start jupyterhub' },
    shielded: null,
    tags: ['http-server', 'https-server'],
    labels: labels(TEAMS.data, 'confidential', { app: 'jupyterhub' }),
    created: '2021-10-12T09:00:00.000Z',
  });
  e.instance('etl-runner-01', 'europe-west1-c', {
    network: vpc,
    subnet: analytics,
    ip: '10.70.0.5',
    sa: { email: etl.email, scopes: [CLOUD_PLATFORM] },
    machine: 'e2-standard-4',
    metadata: { 'enable-oslogin': 'TRUE', 'block-project-ssh-keys': 'TRUE' },
    shielded: { vtpm: true, integrity: true },
    tags: ['pg-proxy'],
    labels: labels(TEAMS.data, 'confidential', { app: 'etl' }),
    created: '2024-03-11T15:00:00.000Z',
  });

  // Misconfiguration: an old cluster with legacy ABAC, a public endpoint and no authorized networks.
  e.cluster('analytics-gke', 'europe-west1', {
    network: vpc,
    subnet: analytics,
    privateNodes: false,
    authorized: null,
    legacyAbac: true,
    workloadIdentity: false,
    version: '1.29.10-gke.1071000',
    endpoint: '192.0.2.90',
    labels: labels(TEAMS.data, 'internal', { app: 'spark' }),
    nodeSa: defaultSa.email,
    created: '2018-11-26T10:00:00.000Z',
  });

  // Misconfiguration: the analytics database: public IP authorized for 0.0.0.0/0, unencrypted
  // connections accepted, no backups.
  e.sql('analytics-pg-dev', {
    version: 'POSTGRES_14',
    region: 'europe-west1',
    tier: 'db-custom-2-7680',
    ipv4: true,
    privateNetwork: `projects/${P}/global/networks/analytics-vpc`,
    authorized: [{ name: 'anywhere', value: '0.0.0.0/0' }],
    requireSsl: false,
    sslMode: 'ALLOW_UNENCRYPTED_AND_ENCRYPTED',
    backups: false,
    pitr: false,
    labels: labels(TEAMS.data, 'confidential', { app: 'analytics' }),
    created: '2021-10-12T10:00:00.000Z',
  });
  e.sql('analytics-pg-dev-replica', {
    version: 'POSTGRES_14',
    type: 'READ_REPLICA_INSTANCE',
    masterInstance: 'analytics-pg-dev',
    region: 'europe-west1',
    tier: 'db-custom-2-7680',
    ipv4: false,
    privateNetwork: `projects/${P}/global/networks/analytics-vpc`,
    requireSsl: true,
    sslMode: 'ENCRYPTED_ONLY',
    backups: false,
    pitr: false,
    labels: labels(TEAMS.data, 'confidential', { app: 'analytics' }),
    created: '2024-01-15T10:00:00.000Z',
  });

  // Misconfiguration: scratch bucket with fine-grained ACLs and no public access prevention.
  e.bucket('nwf-data-dev-scratch', {
    location: 'europe-west1',
    uniform: false,
    pap: 'inherited',
    versioning: false,
    labels: labels(TEAMS.data, 'internal'),
    created: '2017-02-14T10:00:00.000Z',
    bindings: [{ role: 'roles/storage.objectAdmin', members: [`group:data-engineering@${DOMAIN}`] }],
  });
  // A public binding made harmless by enforced public access prevention (passes, with evidence).
  e.bucket('nwf-data-dev-exports', {
    location: 'europe-west1',
    uniform: true,
    pap: 'enforced',
    versioning: true,
    labels: labels(TEAMS.data, 'confidential', { app: 'looker' }),
    created: '2022-08-01T10:00:00.000Z',
    bindings: [
      { role: 'roles/storage.objectViewer', members: ['allAuthenticatedUsers'] },
      { role: 'roles/storage.objectCreator', members: [`serviceAccount:${looker.email}`] },
    ],
  });
  e.bucket('nwf-data-dev-notebooks', {
    location: 'europe-west1',
    uniform: true,
    pap: 'enforced',
    versioning: true,
    labels: labels(TEAMS.data, 'confidential', { app: 'jupyterhub' }),
    created: '2021-10-12T09:30:00.000Z',
    bindings: [{ role: 'roles/storage.objectAdmin', members: [`group:data-science@${DOMAIN}`] }],
  });

  // Misconfiguration: the only DNS policy forwards inbound queries but does not log them.
  // Misconfiguration: the dev project's only change metric watches Cloud SQL, and its alert policy was
  // switched off during a noisy migration and never switched back on.
  e.logMetric('sql-config-changes', {
    filter: CIS_LOG_FILTERS.sqlConfig,
    description: 'Cloud SQL configuration changes',
  });
  e.alertPolicy('Cloud SQL config changes', {
    metrics: ['sql-config-changes'],
    enabled: false,
    channels: ['data-platform-email'],
    created: '2025-03-03T09:30:00.000Z',
  });

  e.dnsPolicy('dev-dns-inbound', {
    logging: false,
    inbound: true,
    networks: [vpc],
    description: 'On-prem resolvers forward to Cloud DNS',
  });

  // Misconfiguration: no Data Access audit logs configured; the default compute account keeps
  // Editor; a user may mint tokens for any service account; the ETL account is BigQuery Admin.
  e.policy(
    `//cloudresourcemanager.googleapis.com/projects/${e.p.number}`,
    'cloudresourcemanager.googleapis.com/Project',
    {
      bindings: [
        {
          role: 'roles/owner',
          members: [`group:gcp-platform-admins@${DOMAIN}`, `user:priya.raman@${DOMAIN}`],
        },
        {
          role: 'roles/editor',
          members: [
            `group:data-engineering@${DOMAIN}`,
            `serviceAccount:${e.p.number}@cloudservices.gserviceaccount.com`,
            `serviceAccount:${defaultSa.email}`,
          ],
        },
        { role: 'roles/iam.serviceAccountTokenCreator', members: [`user:priya.raman@${DOMAIN}`] },
        { role: 'roles/bigquery.admin', members: [`serviceAccount:${etl.email}`] },
        {
          role: 'roles/bigquery.dataViewer',
          members: [`serviceAccount:${looker.email}`, `group:data-science@${DOMAIN}`],
        },
        {
          role: 'roles/container.serviceAgent',
          members: [`serviceAccount:service-${e.p.number}@container-engine-robot.iam.gserviceaccount.com`],
        },
      ],
    },
  );
  return e;
}

export interface GcpExport {
  project: GcpProject;
  content: 'resource' | 'iam-policy';
  text: string;
}

/** The CAI exports of both projects: resource and iam-policy JSON Lines each. */
export function gcpEstate(): GcpExport[] {
  const lines = (records: CaiRecord[], line: (r: CaiRecord) => string) => records.map(line).join('\n') + '\n';
  const r = routing();
  const d = data();
  return [
    { project: r.p, content: 'resource', text: lines(r.resources, camelLine) },
    { project: r.p, content: 'iam-policy', text: lines(r.policies, camelLine) },
    { project: d.p, content: 'resource', text: lines(d.resources, snakeLine) },
    { project: d.p, content: 'iam-policy', text: lines(d.policies, camelLine) },
  ];
}
