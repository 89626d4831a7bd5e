/** Lambda functions: runtime, VPC placement, tracing and the function's resource-based policy. */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';
import { policyDocumentSchema } from './policy.js';

export const lambdaFunction = defineAssetType({
  type: 'aws.lambda.function',
  provider: 'aws',
  title: 'Lambda function',
  config: z.object({
    /** `Zip` or `Image`; container image functions have no managed runtime. */
    packageType: maybe(z.string()),
    /** `nodejs20.x`, `python3.12`, ...; null for container image functions. */
    runtime: maybe(z.string().nullable()),
    /** Subnets of the function's VPC configuration; empty when it does not run in a VPC. */
    subnetIds: maybe(z.array(z.string())),
    /** `Active` or `PassThrough` (X-Ray tracing). */
    tracingMode: maybe(z.string().nullable()),
    /** The function's resource-based policy; null when it has none. */
    policy: maybe(policyDocumentSchema.nullable()),
  }),
});

export const lambdaAssetTypes = [lambdaFunction] as const;
