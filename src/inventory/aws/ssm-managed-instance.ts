/**
 * Systems Manager managed instances: one asset per instance SSM manages (AWS Config's
 * AWS::SSM::ManagedInstanceInventory; live, ssm:DescribeInstanceInformation). An instance with no
 * such asset, where the source records them, is not managed.
 */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

export const ssmManagedInstance = defineAssetType({
  type: 'aws.ssm.managed-instance',
  provider: 'aws',
  title: 'SSM managed instance',
  config: z.object({
    /** `i-…` for EC2 instances, `mi-…` for hybrid nodes. */
    instanceId: maybe(z.string()),
    /** SSM Agent ping status (`Online`, `ConnectionLost`, `Inactive`); null when the source does not say. */
    pingStatus: maybe(z.string().nullable()),
  }),
});
