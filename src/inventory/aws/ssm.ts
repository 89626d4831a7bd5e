/**
 * Systems Manager: documents the account owns (who they are shared with) and the compliance of managed
 * instances (patch and association compliance, one asset per instance and compliance type).
 */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

export const ssmDocument = defineAssetType({
  type: 'aws.ssm.document',
  provider: 'aws',
  title: 'SSM document',
  config: z.object({
    documentType: maybe(z.string().nullable()),
    /** Account ids the document is shared with; `all` when it is public. */
    sharedWith: maybe(z.array(z.string())),
  }),
});

export const ssmInstanceCompliance = defineAssetType({
  type: 'aws.ssm.instance-compliance',
  provider: 'aws',
  title: 'SSM managed instance compliance',
  config: z.object({
    instanceId: maybe(z.string()),
    /** `Patch` or `Association`. */
    complianceType: maybe(z.string()),
    /** Ids of the compliance items (patches, associations) in NON_COMPLIANT state. */
    nonCompliantItems: maybe(z.array(z.string())),
  }),
});

export const ssmAssetTypes = [ssmDocument, ssmInstanceCompliance] as const;
