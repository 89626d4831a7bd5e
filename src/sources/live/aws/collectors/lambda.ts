/**
 * Lambda in one region: every function (ListFunctions) as an AWS::Lambda::Function item, with its
 * resource-based policy (GetPolicy; "no policy" is a known none) in `supplementaryConfiguration.Policy`
 * as AWS Config keeps it, and its tags.
 */
import {
  GetPolicyCommand,
  LambdaClient,
  ListTagsCommand,
  paginateListFunctions,
  type FunctionConfiguration,
} from '@aws-sdk/client-lambda';
import type { RegionScope } from '../scope.js';
import { configRecord } from '../shape.js';

/** The asset types listed completely in the region. */
export async function collectLambda(s: RegionScope): Promise<string[]> {
  const client = s.client('lambda', (c) => new LambdaClient(c));
  const fns = await s.call('lambda', 'ListFunctions', async () => {
    const out: FunctionConfiguration[] = [];
    for await (const page of paginateListFunctions({ client }, {})) out.push(...(page.Functions ?? []));
    return out;
  });
  if (!fns.ok) return [];
  await Promise.all(
    fns.value.map(async (fn) => {
      const FunctionName = fn.FunctionName ?? '';
      const notFound = (code: string) => code === 'ResourceNotFoundException';
      const [policy, tags] = await Promise.all([
        s.call('lambda', 'GetPolicy', () => client.send(new GetPolicyCommand({ FunctionName })), {
          quiet: (f) => notFound(f.code),
        }),
        fn.FunctionArn === undefined
          ? undefined
          : s.call('lambda', 'ListTags', () =>
              client.send(new ListTagsCommand({ Resource: fn.FunctionArn })),
            ),
      ]);
      const gaps: Record<string, string> = {};
      const supplementary: Record<string, unknown> = {};
      if (policy.ok) supplementary.Policy = policy.value.Policy ?? null;
      else if (notFound(policy.failure.code)) supplementary.Policy = null;
      else gaps.policy = policy.reason;
      s.item(
        {
          resourceType: 'AWS::Lambda::Function',
          resourceId: FunctionName,
          resourceName: FunctionName,
          ...(fn.FunctionArn === undefined ? {} : { arn: fn.FunctionArn }),
          awsRegion: s.region,
          tags: tags?.ok === true ? (tags.value.Tags ?? {}) : {},
          configuration: configRecord(fn),
          supplementaryConfiguration: supplementary,
        },
        gaps,
      );
    }),
  );
  return ['aws.lambda.function'];
}
