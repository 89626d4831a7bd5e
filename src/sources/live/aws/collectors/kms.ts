/**
 * KMS in one region: every key as an AWS::KMS::Key item, with the rotation status and key policy
 * AWS Config keeps in its supplementary configuration. A key whose details cannot be read is still
 * listed, with the unread fields as gaps.
 */
import {
  DescribeKeyCommand,
  GetKeyPolicyCommand,
  GetKeyRotationStatusCommand,
  KMSClient,
  paginateListKeys,
  paginateListResourceTags,
  type KeyListEntry,
  type Tag,
} from '@aws-sdk/client-kms';
import type { RegionScope } from '../scope.js';
import { configRecord, tagMap } from '../shape.js';

/** The asset types listed completely in the region. */
export async function collectKms(s: RegionScope): Promise<string[]> {
  const client = s.client('kms', (c) => new KMSClient(c));
  const keys = await s.call('kms', 'ListKeys', async () => {
    const out: KeyListEntry[] = [];
    for await (const page of paginateListKeys({ client }, {})) out.push(...(page.Keys ?? []));
    return out;
  });
  if (!keys.ok) return [];
  await Promise.all(
    keys.value.map(async (k) => {
      const KeyId = k.KeyId ?? '';
      const described = await s.call('kms', 'DescribeKey', () =>
        client.send(new DescribeKeyCommand({ KeyId })),
      );
      const meta = described.ok ? described.value.KeyMetadata : undefined;
      const customer = meta?.KeyManager !== 'AWS';
      const symmetric = meta?.KeySpec === 'SYMMETRIC_DEFAULT';
      const [rotation, policy, tags] = await Promise.all([
        // Rotation applies to symmetric keys only; KMS refuses the call for the others.
        symmetric
          ? s.call('kms', 'GetKeyRotationStatus', () =>
              client.send(new GetKeyRotationStatusCommand({ KeyId })),
            )
          : undefined,
        s.call('kms', 'GetKeyPolicy', () =>
          client.send(new GetKeyPolicyCommand({ KeyId, PolicyName: 'default' })),
        ),
        customer
          ? s.call('kms', 'ListResourceTags', async () => {
              const out: Tag[] = [];
              for await (const page of paginateListResourceTags({ client }, { KeyId }))
                out.push(...(page.Tags ?? []));
              return out;
            })
          : undefined,
      ]);
      const supplementary: Record<string, unknown> = {};
      const gaps: Record<string, string> = {};
      if (rotation === undefined) {
        if (meta !== undefined) supplementary.KeyRotationStatus = false;
      } else if (rotation.ok) supplementary.KeyRotationStatus = rotation.value.KeyRotationEnabled === true;
      else gaps.rotationEnabled = rotation.reason;
      if (policy.ok) supplementary.Policy = policy.value.Policy ?? null;
      else gaps.policy = policy.reason;
      s.item(
        {
          resourceType: 'AWS::KMS::Key',
          resourceId: KeyId,
          ...(k.KeyArn === undefined ? {} : { arn: k.KeyArn }),
          awsRegion: s.region,
          tags: tags?.ok === true ? tagMap(tags.value) : {},
          configuration: meta === undefined ? { keyId: KeyId } : configRecord(meta),
          supplementaryConfiguration: supplementary,
        },
        gaps,
      );
    }),
  );
  return ['aws.kms.key'];
}
