/**
 * SageMaker notebook instances (internet access, VPC placement, root access, volume encryption),
 * endpoint configurations (instances per production variant) and models (network isolation).
 */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

export const sageMakerNotebookInstance = defineAssetType({
  type: 'aws.sagemaker.notebook-instance',
  provider: 'aws',
  title: 'SageMaker notebook instance',
  config: z.object({
    notebookInstanceName: z.string(),
    /** SageMaker gives the notebook its own route to the internet (outside the customer's VPC). */
    directInternetAccess: maybe(z.boolean()),
    /** Notebook users can become root on the instance. */
    rootAccess: maybe(z.boolean()),
    /** The subnet of the customer VPC the notebook runs in; null when it runs in no customer VPC. */
    subnetId: maybe(z.string().nullable()),
    securityGroupIds: maybe(z.array(z.string())),
    kmsKeyId: maybe(z.string().nullable()),
  }),
});

export const sageMakerEndpointConfig = defineAssetType({
  type: 'aws.sagemaker.endpoint-config',
  provider: 'aws',
  title: 'SageMaker endpoint configuration',
  config: z.object({
    endpointConfigName: z.string(),
    /** Production variants; `initialInstanceCount` is null for serverless variants. */
    productionVariants: maybe(
      z.array(z.object({ variantName: z.string(), initialInstanceCount: z.number().int().nullable() })),
    ),
  }),
});

export const sageMakerModel = defineAssetType({
  type: 'aws.sagemaker.model',
  provider: 'aws',
  title: 'SageMaker model',
  config: z.object({
    modelName: z.string(),
    /** The model's containers can make no outbound network calls. */
    networkIsolation: maybe(z.boolean()),
  }),
});

export const sageMakerAssetTypes = [
  sageMakerNotebookInstance,
  sageMakerEndpointConfig,
  sageMakerModel,
] as const;
