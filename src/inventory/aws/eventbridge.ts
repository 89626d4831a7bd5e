/** EventBridge event buses and their resource-based policies. */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';
import { policyDocumentSchema } from './policy.js';

export const eventBus = defineAssetType({
  type: 'aws.events.event-bus',
  provider: 'aws',
  title: 'EventBridge event bus',
  config: z.object({
    busName: maybe(z.string()),
    /** The bus's resource-based policy; null when it has none. */
    policy: maybe(policyDocumentSchema.nullable()),
  }),
});

export const eventBridgeAssetTypes = [eventBus] as const;
