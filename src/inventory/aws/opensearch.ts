/**
 * OpenSearch Service domains, including the Elasticsearch domains the same service still runs
 * (AWS Config records those as AWS::Elasticsearch::Domain; one ARN, `arn:aws:es:...:domain/<name>`).
 * Exposure (VPC or public endpoint), encryption, TLS, logging, cluster shape, access control, updates.
 */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

/** The log types a domain can publish to CloudWatch Logs. */
export const OPENSEARCH_LOG_TYPES = [
  'ES_APPLICATION_LOGS',
  'AUDIT_LOGS',
  'INDEX_SLOW_LOGS',
  'SEARCH_SLOW_LOGS',
] as const;

export const openSearchDomain = defineAssetType({
  type: 'aws.opensearch.domain',
  provider: 'aws',
  title: 'OpenSearch Service domain',
  config: z.object({
    domainName: z.string(),
    /** `OpenSearch_2.13`, or `Elasticsearch_7.10` for an Elasticsearch domain. */
    engineVersion: maybe(z.string()),
    /** Subnets of the domain's VPC endpoint; empty when the domain has a public endpoint. */
    vpcSubnetIds: maybe(z.array(z.string())),
    securityGroupIds: maybe(z.array(z.string())),
    encryptionAtRest: maybe(z.boolean()),
    kmsKeyId: maybe(z.string().nullable()),
    nodeToNodeEncryption: maybe(z.boolean()),
    enforceHttps: maybe(z.boolean()),
    /** `Policy-Min-TLS-1-2-PFS-2023-10`, ...; null when the domain does not say. */
    tlsSecurityPolicy: maybe(z.string().nullable()),
    /** Log types published to CloudWatch Logs (see OPENSEARCH_LOG_TYPES). */
    enabledLogTypes: maybe(z.array(z.string())),
    /** Data nodes. */
    instanceCount: maybe(z.number().int()),
    zoneAwarenessEnabled: maybe(z.boolean()),
    dedicatedMasterEnabled: maybe(z.boolean()),
    /** Dedicated master nodes; null when there are none. */
    dedicatedMasterCount: maybe(z.number().int().nullable()),
    /** Fine-grained access control (advanced security options). */
    fineGrainedAccessControl: maybe(z.boolean()),
    /** A service software update is available and not installed. */
    softwareUpdateAvailable: maybe(z.boolean()),
  }),
});

export const openSearchAssetTypes = [openSearchDomain] as const;
