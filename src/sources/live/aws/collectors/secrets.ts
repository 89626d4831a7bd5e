/**
 * Secrets, certificates and Systems Manager in one region: Secrets Manager secrets (ListSecrets carries
 * everything the rules read), ACM certificates of every key type, the SSM documents the account owns
 * with whom each is shared (which AWS Config does not record), and the patch and association compliance
 * of managed instances as AWS::SSM::PatchCompliance / AssociationCompliance items.
 */
import {
  ACMClient,
  DescribeCertificateCommand,
  paginateListCertificates,
  type KeyAlgorithm,
} from '@aws-sdk/client-acm';
import {
  paginateListSecrets,
  SecretsManagerClient,
  type SecretListEntry,
} from '@aws-sdk/client-secrets-manager';
import {
  DescribeDocumentPermissionCommand,
  paginateListComplianceItems,
  paginateListDocuments,
  paginateListResourceComplianceSummaries,
  SSMClient,
  type DocumentIdentifier,
  type ResourceComplianceSummaryItem,
} from '@aws-sdk/client-ssm';
import type { RegionScope } from '../scope.js';
import { configRecord, tagMap } from '../shape.js';

export async function collectSecrets(s: RegionScope): Promise<string[]> {
  const client = s.client('secretsmanager', (c) => new SecretsManagerClient(c));
  const secrets = await s.call('secretsmanager', 'ListSecrets', async () => {
    const out: SecretListEntry[] = [];
    for await (const page of paginateListSecrets({ client }, {})) out.push(...(page.SecretList ?? []));
    return out;
  });
  if (!secrets.ok) return [];
  for (const secret of secrets.value) {
    const { Tags, ...rest } = secret;
    s.item({
      resourceType: 'AWS::SecretsManager::Secret',
      resourceId: secret.ARN ?? secret.Name ?? '',
      resourceName: secret.Name ?? '',
      ...(secret.ARN === undefined ? {} : { arn: secret.ARN }),
      awsRegion: s.region,
      tags: tagMap(Tags),
      configuration: configRecord(rest),
    });
  }
  return ['aws.secretsmanager.secret'];
}

/** ListCertificates returns only RSA 1024/2048 certificates unless asked for every key type. */
const ALL_KEY_TYPES: KeyAlgorithm[] = [
  'RSA_1024',
  'RSA_2048',
  'RSA_3072',
  'RSA_4096',
  'EC_prime256v1',
  'EC_secp384r1',
  'EC_secp521r1',
];

export async function collectAcm(s: RegionScope): Promise<string[]> {
  const client = s.client('acm', (c) => new ACMClient(c));
  const arns = await s.call('acm', 'ListCertificates', async () => {
    const out: string[] = [];
    for await (const page of paginateListCertificates({ client }, { Includes: { keyTypes: ALL_KEY_TYPES } }))
      for (const c of page.CertificateSummaryList ?? [])
        if (c.CertificateArn !== undefined) out.push(c.CertificateArn);
    return out;
  });
  if (!arns.ok) return [];
  let complete = true;
  await Promise.all(
    arns.value.map(async (CertificateArn) => {
      const d = await s.call('acm', 'DescribeCertificate', () =>
        client.send(new DescribeCertificateCommand({ CertificateArn })),
      );
      if (!d.ok || d.value.Certificate === undefined) {
        complete = false;
        return;
      }
      const cert = d.value.Certificate;
      s.item({
        resourceType: 'AWS::ACM::Certificate',
        resourceId: CertificateArn,
        resourceName: cert.DomainName ?? CertificateArn,
        arn: CertificateArn,
        awsRegion: s.region,
        configuration: configRecord(cert),
      });
    }),
  );
  return complete ? ['aws.acm.certificate'] : [];
}

export async function collectSsmDocuments(s: RegionScope): Promise<string[]> {
  const client = s.client('ssm', (c) => new SSMClient(c));
  const docs = await s.call('ssm', 'ListDocuments', async () => {
    const out: DocumentIdentifier[] = [];
    const Filters = [{ Key: 'Owner', Values: ['Self'] }];
    for await (const page of paginateListDocuments({ client }, { Filters }))
      out.push(...(page.DocumentIdentifiers ?? []));
    return out;
  });
  if (!docs.ok) return [];
  await Promise.all(
    docs.value.map(async (doc) => {
      const Name = doc.Name ?? '';
      const perm = await s.call('ssm', 'DescribeDocumentPermission', () =>
        client.send(new DescribeDocumentPermissionCommand({ Name, PermissionType: 'Share' })),
      );
      s.item(
        {
          resourceType: 'AWS::SSM::Document',
          resourceId: Name,
          resourceName: Name,
          arn: `arn:${s.partition}:ssm:${s.region}:${s.account}:document/${Name}`,
          awsRegion: s.region,
          tags: tagMap(doc.Tags),
          configuration: { Name, DocumentType: doc.DocumentType ?? null },
        },
        perm.ok ? {} : { sharedWith: perm.reason },
        // AWS Config does not record sharing; the live scan sets it on the mapped asset.
        perm.ok ? (config) => (config.sharedWith = perm.value.AccountIds ?? []) : undefined,
      );
    }),
  );
  return ['aws.ssm.document'];
}

const COMPLIANCE_ITEM_TYPES: Record<string, string> = {
  Patch: 'AWS::SSM::PatchCompliance',
  Association: 'AWS::SSM::AssociationCompliance',
};

export async function collectSsmCompliance(s: RegionScope): Promise<string[]> {
  const client = s.client('ssm', (c) => new SSMClient(c));
  const summaries = await s.call('ssm', 'ListResourceComplianceSummaries', async () => {
    const out: ResourceComplianceSummaryItem[] = [];
    for await (const page of paginateListResourceComplianceSummaries({ client }, {}))
      out.push(...(page.ResourceComplianceSummaryItems ?? []));
    return out;
  });
  if (!summaries.ok) return [];
  let complete = true;
  await Promise.all(
    summaries.value.map(async (sum) => {
      const type = sum.ComplianceType ?? '';
      const resourceType = COMPLIANCE_ITEM_TYPES[type];
      const id = sum.ResourceId ?? '';
      if (resourceType === undefined || sum.ResourceType !== 'ManagedInstance') return;
      // Only a non-compliant instance needs its items listed: a compliant one has none to name.
      const content: Record<string, unknown> = {};
      if (sum.Status === 'NON_COMPLIANT') {
        const items = await s.call('ssm', 'ListComplianceItems', async () => {
          const out: Record<string, unknown> = {};
          const Filters = [{ Key: 'ComplianceType', Values: [type], Type: 'EQUAL' as const }];
          for await (const page of paginateListComplianceItems(
            { client },
            { ResourceIds: [id], ResourceTypes: ['ManagedInstance'], Filters },
          ))
            for (const i of page.ComplianceItems ?? [])
              out[i.Id ?? i.Title ?? ''] = { Status: i.Status, Severity: i.Severity, Title: i.Title };
          return out;
        });
        if (!items.ok) {
          complete = false;
          return;
        }
        Object.assign(content, items.value);
      }
      s.item({
        resourceType,
        resourceId: `${resourceType}/${id}`,
        awsRegion: s.region,
        relationships: [{ resourceType: 'AWS::EC2::Instance', resourceId: id }],
        configuration: { 'AWS:ComplianceItem': { ComplianceType: type, Content: content } },
      });
    }),
  );
  return complete ? ['aws.ssm.instance-compliance'] : [];
}
