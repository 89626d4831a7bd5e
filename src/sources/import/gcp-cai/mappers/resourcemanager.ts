/**
 * cloudresourcemanager.googleapis.com/Project → gcp.resourcemanager.project. Resource records carry the
 * project's identity (v1: `projectNumber`, `lifecycleState`; v3: `name: projects/<number>`, `state`);
 * iam-policy records carry its bindings and audit configs.
 */
import { unknown } from '../../../../model/unknown.js';
import { gcpProject } from '../../../../inventory/gcp/resourcemanager.js';
import { str } from '../../json-file.js';
import { crmProjectOf, lastSegment } from '../names.js';
import { numberText } from '../projects.js';
import { auditConfigsOf, bindingsOf } from './iam-policy.js';
import { labelsOf, mapperFields, type CaiMapper } from './types.js';

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
    };
  },
  fromPolicy: (policy) => ({ iamBindings: bindingsOf(policy), auditConfigs: auditConfigsOf(policy) }),
  nameWithoutData: ({ project }) => project,
};
