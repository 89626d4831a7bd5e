/**
 * cloudresourcemanager.googleapis.com/Project → gcp.resourcemanager.project. Resource records carry the
 * project's identity (v1: `projectNumber`, `lifecycleState`; v3: `name: projects/<number>`, `state`);
 * iam-policy records carry its bindings and audit configs.
 */
import { unknown } from '../../../../model/unknown.js';
import { gcpFolder, gcpOrganization, gcpProject } from '../../../../inventory/gcp/resourcemanager.js';
import { str } from '../../json-file.js';
import { crmProjectOf, lastSegment } from '../names.js';
import { numberText } from '../projects.js';
import { text } from './fields.js';
import { auditConfigsOf, bindingsOf } from './iam-policy.js';
import { labelsOf, mapperFields, type CaiMapper } from './types.js';

/** `child-of` relations to the folders and organisation above (CAI ancestors, nearest first, the resource itself excluded). */
export function ancestorRelations(ancestors: readonly string[]): { kind: string; target: string }[] {
  return ancestors
    .filter((a) => a.startsWith('folders/') || a.startsWith('organizations/'))
    .map((a) => ({ kind: 'child-of', target: `//cloudresourcemanager.googleapis.com/${a}` }));
}

export const projectMapper: CaiMapper = {
  ...mapperFields(gcpProject, ['iamBindings', 'auditConfigs']),
  fromData(data, { rec, project }) {
    const v3Name = str(data.name);
    const fromName = crmProjectOf(rec.name);
    const projectNumber =
      numberText(data.projectNumber) ??
      (v3Name?.startsWith('projects/') ? lastSegment(v3Name) : undefined) ??
      (fromName !== undefined && /^\d+$/.test(fromName) ? fromName : undefined);
    const projectId = str(data.projectId) ?? project;
    return {
      config: {
        projectId,
        projectNumber:
          projectNumber ?? data.projectNumber ?? unknown('the project record has no projectNumber'),
        lifecycleState:
          data.lifecycleState ?? data.state ?? unknown('the project record has no lifecycleState/state'),
      },
      name: projectId,
      tags: labelsOf(data.labels),
      relations: ancestorRelations(rec.ancestors),
    };
  },
  fromPolicy: (policy) => ({ iamBindings: bindingsOf(policy), auditConfigs: auditConfigsOf(policy) }),
  nameWithoutData: ({ project }) => project,
};

function containerMapper(def: typeof gcpFolder | typeof gcpOrganization): CaiMapper {
  return {
    ...mapperFields(def, ['iamBindings', 'auditConfigs']),
    fromData(data, { rec }) {
      return {
        config: {
          displayName: text(data.displayName),
          lifecycleState:
            data.lifecycleState ?? data.state ?? unknown('the record has no lifecycleState/state'),
        },
        name: str(data.displayName) ?? lastSegment(rec.name),
        relations: ancestorRelations(rec.ancestors.filter((a) => !rec.name.endsWith(`/${a}`))),
      };
    },
    fromPolicy: (policy) => ({ iamBindings: bindingsOf(policy), auditConfigs: auditConfigsOf(policy) }),
  };
}

/** cloudresourcemanager.googleapis.com/Folder → gcp.resourcemanager.folder (its policy is inherited below it). */
export const folderMapper = containerMapper(gcpFolder);
/** cloudresourcemanager.googleapis.com/Organization → gcp.resourcemanager.organization. */
export const organizationMapper = containerMapper(gcpOrganization);
