import type { NetworkInterface } from '../../../inventory/gcp/compute.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import {
  APP_SA,
  NETWORK_UID,
  PROJECT,
  secureFirewall,
  secureInstance,
  secureNetwork,
  secureProject,
} from '../testing/fixtures.js';
import { rule } from './gcp-combo-exposed-instance-admin-service-account.js';

const vm = (external: boolean) =>
  assetOf(
    'gcp.compute.instance',
    {
      ...secureInstance,
      networkInterfaces: (secureInstance.networkInterfaces as NetworkInterface[]).map((n) => ({
        ...n,
        accessConfigs: external ? [{ type: 'ONE_TO_ONE_NAT', natIP: '34.1.2.3' }] : [],
      })),
    },
    {
      uid: `//compute.googleapis.com/projects/${PROJECT}/zones/us-east1-b/instances/web`,
      name: 'web',
      account: PROJECT,
    },
  );
const FW_UID = `//compute.googleapis.com/projects/${PROJECT}/global/firewalls/ssh-anywhere`;
const fw = (priority = 1000) =>
  assetOf(
    'gcp.compute.firewall',
    { ...secureFirewall, sourceRanges: ['0.0.0.0/0'], targetTags: [], priority },
    { uid: FW_UID, name: 'ssh-anywhere', account: PROJECT },
  );
const denyAll = assetOf(
  'gcp.compute.firewall',
  {
    ...secureFirewall,
    sourceRanges: ['0.0.0.0/0'],
    targetTags: [],
    priority: 10,
    allowed: [],
    denied: [{ protocol: 'all', ports: [] }],
  },
  { uid: `${FW_UID}-deny`, name: 'deny-all', account: PROJECT },
);
const network = assetOf('gcp.compute.network', secureNetwork, {
  uid: NETWORK_UID,
  name: 'prod-vpc',
  account: PROJECT,
});
const project = (adminSa: boolean) =>
  assetOf(
    'gcp.resourcemanager.project',
    {
      ...secureProject,
      iamBindings: [
        ...(secureProject.iamBindings as never[]),
        ...(adminSa
          ? [{ role: 'roles/editor', members: [`serviceAccount:${APP_SA}`], condition: null }]
          : []),
      ],
    },
    { uid: `//cloudresourcemanager.googleapis.com/projects/123456789012`, name: PROJECT, account: PROJECT },
  );

runRuleTests(rule, {
  valid: [
    { name: 'service account not admin', asset: vm(true), related: [fw(), network, project(false)] },
    { name: 'no external IP', asset: vm(false), related: [fw(), network, project(true)] },
    {
      name: 'a higher-priority deny rule',
      asset: vm(true),
      related: [fw(), denyAll, network, project(true)],
    },
  ],
  invalid: [
    {
      asset: vm(true),
      related: [fw(), network, project(true)],
      failing: [['gcp-compute-firewall-no-public-ssh', FW_UID]],
      messageId: 'toxic',
      message: `VM web is reachable (internet → prod-vpc → web via ssh-anywhere:22,3389) and runs as ${APP_SA} with roles/editor and the cloud-platform scope`,
    },
  ],
  unknown: [],
  neverUnknown: 'it reads only the exposure graph and the failures of its component rules',
});
