/** MSK (Managed Streaming for Apache Kafka) provisioned clusters: encryption in transit, monitoring. */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

export const mskCluster = defineAssetType({
  type: 'aws.msk.cluster',
  provider: 'aws',
  title: 'MSK cluster',
  config: z.object({
    clusterName: z.string(),
    /** Traffic between brokers is encrypted. */
    inClusterEncryption: maybe(z.boolean()),
    /** Client to broker encryption: `TLS`, `TLS_PLAINTEXT` or `PLAINTEXT`. */
    clientBrokerEncryption: maybe(z.string()),
    /** `DEFAULT`, `PER_BROKER`, `PER_TOPIC_PER_BROKER` or `PER_TOPIC_PER_PARTITION`. */
    enhancedMonitoring: maybe(z.string()),
  }),
});

export const mskAssetTypes = [mskCluster] as const;
