/**
 * SageMaker in one region: ListNotebookInstances, then DescribeNotebookInstance and ListTags per
 * notebook, as AWS::SageMaker::NotebookInstance items. A notebook whose description fails is left
 * out and the type is not claimed complete for the region.
 */
import {
  DescribeNotebookInstanceCommand,
  ListTagsCommand,
  paginateListNotebookInstances,
  SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import type { RegionScope } from '../scope.js';
import { configRecord, tagMap } from '../shape.js';

/** The asset types listed completely in the region. */
export async function collectSageMaker(s: RegionScope): Promise<string[]> {
  const client = s.client('sagemaker', (c) => new SageMakerClient(c));
  const names = await s.call('sagemaker', 'ListNotebookInstances', async () => {
    const out: string[] = [];
    for await (const page of paginateListNotebookInstances({ client }, {}))
      for (const n of page.NotebookInstances ?? [])
        if (n.NotebookInstanceName !== undefined) out.push(n.NotebookInstanceName);
    return out;
  });
  if (!names.ok) return [];
  let complete = true;
  await Promise.all(
    names.value.map(async (NotebookInstanceName) => {
      const d = await s.call('sagemaker', 'DescribeNotebookInstance', () =>
        client.send(new DescribeNotebookInstanceCommand({ NotebookInstanceName })),
      );
      if (!d.ok) {
        complete = false;
        return;
      }
      const arn = d.value.NotebookInstanceArn;
      const tags =
        arn === undefined
          ? undefined
          : await s.call('sagemaker', 'ListTags', () =>
              client.send(new ListTagsCommand({ ResourceArn: arn })),
            );
      s.item({
        resourceType: 'AWS::SageMaker::NotebookInstance',
        resourceId: NotebookInstanceName,
        resourceName: NotebookInstanceName,
        ...(arn === undefined ? {} : { arn }),
        awsRegion: s.region,
        tags: tags?.ok === true ? tagMap(tags.value.Tags) : {},
        configuration: configRecord(d.value),
      });
    }),
  );
  return complete ? ['aws.sagemaker.notebook-instance'] : [];
}
