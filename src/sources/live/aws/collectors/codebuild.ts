/**
 * CodeBuild in one region: ListProjects, then BatchGetProjects (up to 100 names a call) as
 * AWS::CodeBuild::Project items. The importer's mapper masks source URL credentials and drops
 * environment variable values before anything is kept.
 */
import { BatchGetProjectsCommand, CodeBuildClient, paginateListProjects } from '@aws-sdk/client-codebuild';
import type { RegionScope } from '../scope.js';
import { configRecord } from '../shape.js';

/** The asset types listed completely in the region. */
export async function collectCodeBuild(s: RegionScope): Promise<string[]> {
  const client = s.client('codebuild', (c) => new CodeBuildClient(c));
  const names = await s.call('codebuild', 'ListProjects', async () => {
    const out: string[] = [];
    for await (const page of paginateListProjects({ client }, {})) out.push(...(page.projects ?? []));
    return out;
  });
  if (!names.ok) return [];
  const batches: string[][] = [];
  for (let i = 0; i < names.value.length; i += 100) batches.push(names.value.slice(i, i + 100));
  let complete = true;
  await Promise.all(
    batches.map(async (batch) => {
      const got = await s.call('codebuild', 'BatchGetProjects', () =>
        client.send(new BatchGetProjectsCommand({ names: batch })),
      );
      if (!got.ok || (got.value.projectsNotFound ?? []).length > 0) complete = false;
      if (!got.ok) return;
      for (const p of got.value.projects ?? []) {
        const tags: Record<string, string> = {};
        for (const t of p.tags ?? []) if (t.key !== undefined) tags[t.key] = t.value ?? '';
        s.item({
          resourceType: 'AWS::CodeBuild::Project',
          resourceId: p.name ?? '',
          resourceName: p.name ?? '',
          ...(p.arn === undefined ? {} : { arn: p.arn }),
          awsRegion: s.region,
          tags,
          configuration: configRecord(p),
        });
      }
    }),
  );
  return complete ? ['aws.codebuild.project'] : [];
}
