import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { ORG_UID, secureContainer, secureProject } from '../testing/fixtures.js';
import { rule } from './gcp-logging-audit-logs-enabled-for-all-services.js';

const project = (auditConfigs: typeof secureProject.auditConfigs) =>
  assetOf(
    'gcp.resourcemanager.project',
    { ...secureProject, auditConfigs },
    {
      name: 'acme-prod',
      account: 'acme-prod',
      uid: '//cloudresourcemanager.googleapis.com/projects/123456789012',
      region: 'global',
    },
  );
const underOrg = assetOf(
  'gcp.resourcemanager.project',
  { ...secureProject, auditConfigs: [] },
  {
    name: 'acme-prod',
    account: 'acme-prod',
    region: 'global',
    relations: [{ kind: 'child-of', target: ORG_UID }],
  },
);
const org = (auditConfigs: typeof secureContainer.auditConfigs) =>
  assetOf(
    'gcp.resourcemanager.organization',
    { ...secureContainer, auditConfigs },
    { name: 'acme.example', uid: ORG_UID, region: 'global' },
  );
const logs = (...types: string[]) => types.map((logType) => ({ logType, exemptedMembers: [] as string[] }));

runRuleTests(rule, {
  valid: [
    project(secureProject.auditConfigs),
    {
      name: 'set once on the organisation, inherited by the project',
      asset: underOrg,
      related: [
        org([{ service: 'allServices', auditLogConfigs: logs('ADMIN_READ', 'DATA_READ', 'DATA_WRITE') }]),
      ],
    },
  ],
  invalid: [
    {
      name: 'no audit configs',
      asset: project([]),
      messageId: 'none',
      message: 'Project acme-prod has no Data Access audit log configuration for allServices',
    },
    {
      name: 'one service only',
      asset: project([
        { service: 'storage.googleapis.com', auditLogConfigs: logs('ADMIN_READ', 'DATA_READ', 'DATA_WRITE') },
      ]),
      messageId: 'none',
    },
    {
      name: 'DATA_READ missing',
      asset: project([{ service: 'allServices', auditLogConfigs: logs('ADMIN_READ', 'DATA_WRITE') }]),
      messageId: 'missing',
      message: 'Project acme-prod does not record DATA_READ audit logs for allServices',
    },
    {
      name: 'an exempted principal',
      asset: project([
        {
          service: 'allServices',
          auditLogConfigs: [
            ...logs('ADMIN_READ', 'DATA_WRITE'),
            { logType: 'DATA_READ', exemptedMembers: ['user:bot@acme.example'] },
          ],
        },
      ]),
      messageId: 'exempted',
      message: 'Project acme-prod exempts user:bot@acme.example from DATA_READ audit logs',
    },
  ],
  unknown: [
    {
      name: "the organisation's audit configs could not be read",
      asset: underOrg,
      related: [org(unknown('resource export only'))],
      field: 'auditConfigs of organizations/777',
    },
    {
      asset: project(unknown('export with --content-type=iam-policy to assess the IAM policy')),
      field: 'auditConfigs',
    },
  ],
});
