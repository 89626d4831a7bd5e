/** GCP projects: identity (id, number, state) and the project-level IAM policy with its audit configs. */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';
import { auditConfigSchema, iamBindingSchema } from './iam-policy.js';

export const gcpProject = defineAssetType({
  type: 'gcp.resourcemanager.project',
  provider: 'gcp',
  title: 'GCP project',
  // CAI exports the resource and its IAM policy as separate records; the inventory joins them by uid.
  mergeable: true,
  config: z.object({
    projectId: maybe(z.string()),
    projectNumber: maybe(z.string()),
    /** `ACTIVE`, `DELETE_REQUESTED`, ... */
    lifecycleState: maybe(z.string()),
    /** Role bindings of the project's IAM policy. */
    iamBindings: maybe(z.array(iamBindingSchema)),
    /** Data Access audit log configuration; empty when none is set on the project. */
    auditConfigs: maybe(z.array(auditConfigSchema)),
  }),
});
