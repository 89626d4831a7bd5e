/**
 * GCP projects, folders and organisations: identity and their IAM policies with audit configs. A project
 * carries `child-of` relations to its folders and organisation (nearest first, from CAI ancestors), so
 * rules can add the policies it inherits.
 */
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

const containerConfig = z.object({
  displayName: maybe(z.string().nullable()),
  /** `ACTIVE`, `DELETE_REQUESTED`, ... */
  lifecycleState: maybe(z.string()),
  /** Role bindings of the IAM policy; every project below inherits them. */
  iamBindings: maybe(z.array(iamBindingSchema)),
  /** Data Access audit log configuration; every project below inherits it. */
  auditConfigs: maybe(z.array(auditConfigSchema)),
});

export const gcpFolder = defineAssetType({
  type: 'gcp.resourcemanager.folder',
  provider: 'gcp',
  title: 'GCP folder',
  mergeable: true,
  config: containerConfig,
});

export const gcpOrganization = defineAssetType({
  type: 'gcp.resourcemanager.organization',
  provider: 'gcp',
  title: 'GCP organisation',
  mergeable: true,
  config: containerConfig,
});
