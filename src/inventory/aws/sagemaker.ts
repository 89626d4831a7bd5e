/** SageMaker notebook instances: internet access, VPC placement, root access, volume encryption. */
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

export const sageMakerAssetTypes = [sageMakerNotebookInstance] as const;
