/** Route 53 hosted zones: public or private, and DNS query logging. */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

export const route53HostedZone = defineAssetType({
  type: 'aws.route53.hosted-zone',
  provider: 'aws',
  title: 'Route 53 hosted zone',
  config: z.object({
    /** The DNS name, e.g. `example.com.`. */
    zoneName: maybe(z.string()),
    privateZone: maybe(z.boolean()),
    /** The CloudWatch Logs log group DNS queries are logged to; null when query logging is off. */
    queryLoggingLogGroupArn: maybe(z.string().nullable()),
  }),
});

export const route53AssetTypes = [route53HostedZone] as const;
