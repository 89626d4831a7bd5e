/**
 * Messaging and streaming in one region: SNS topics and SQS queues (their attribute maps, which are
 * what AWS Config records), Kinesis data streams, Step Functions state machines and EventBridge event
 * buses, each as the AWS Config item of its type. A resource whose details cannot be read is still
 * listed, with the unread fields as gaps.
 */
import { DescribeStreamSummaryCommand, KinesisClient, paginateListStreams } from '@aws-sdk/client-kinesis';
import { DescribeStateMachineCommand, paginateListStateMachines, SFNClient } from '@aws-sdk/client-sfn';
import { GetTopicAttributesCommand, paginateListTopics, SNSClient } from '@aws-sdk/client-sns';
import { GetQueueAttributesCommand, paginateListQueues, SQSClient } from '@aws-sdk/client-sqs';
import { EventBridgeClient, ListEventBusesCommand, type EventBus } from '@aws-sdk/client-eventbridge';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { RegionScope } from '../scope.js';

const gapsFor = (fields: string[], reason: string) => Object.fromEntries(fields.map((f) => [f, reason]));

export async function collectSns(s: RegionScope): Promise<string[]> {
  const client = s.client('sns', (c) => new SNSClient(c));
  const topics = await s.call('sns', 'ListTopics', async () => {
    const out: string[] = [];
    for await (const page of paginateListTopics({ client }, {}))
      for (const t of page.Topics ?? []) if (t.TopicArn !== undefined) out.push(t.TopicArn);
    return out;
  });
  if (!topics.ok) return [];
  await Promise.all(
    topics.value.map(async (TopicArn) => {
      const attrs = await s.call('sns', 'GetTopicAttributes', () =>
        client.send(new GetTopicAttributesCommand({ TopicArn })),
      );
      const name = TopicArn.split(':').pop() ?? TopicArn;
      s.item(
        {
          resourceType: 'AWS::SNS::Topic',
          resourceId: TopicArn,
          resourceName: name,
          arn: TopicArn,
          awsRegion: s.region,
          configuration: attrs.ok ? { ...attrs.value.Attributes } : {},
        },
        attrs.ok ? {} : gapsFor(['kmsMasterKeyId', 'policy', 'deliveryStatusLogging'], attrs.reason),
      );
    }),
  );
  return ['aws.sns.topic'];
}

export async function collectSqs(s: RegionScope): Promise<string[]> {
  const client = s.client('sqs', (c) => new SQSClient(c));
  const urls = await s.call('sqs', 'ListQueues', async () => {
    const out: string[] = [];
    for await (const page of paginateListQueues({ client }, {})) out.push(...(page.QueueUrls ?? []));
    return out;
  });
  if (!urls.ok) return [];
  await Promise.all(
    urls.value.map(async (QueueUrl) => {
      const attrs = await s.call('sqs', 'GetQueueAttributes', () =>
        client.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['All'] })),
      );
      const name = QueueUrl.split('/').pop() ?? QueueUrl;
      const arn = attrs.ok ? attrs.value.Attributes?.QueueArn : undefined;
      s.item(
        {
          resourceType: 'AWS::SQS::Queue',
          resourceId: QueueUrl,
          resourceName: name,
          ...(arn === undefined ? {} : { arn }),
          awsRegion: s.region,
          configuration: attrs.ok ? { QueueUrl, QueueName: name, ...attrs.value.Attributes } : { QueueUrl },
        },
        attrs.ok ? {} : gapsFor(['kmsMasterKeyId', 'sqsManagedSseEnabled', 'policy'], attrs.reason),
      );
    }),
  );
  return ['aws.sqs.queue'];
}

export async function collectKinesis(s: RegionScope): Promise<string[]> {
  // The Kinesis client defaults to HTTP/2 (for SubscribeToShard, which is not used here); the read
  // calls below work over HTTP/1.1 like every other client, with the same timeouts.
  const client = s.client(
    'kinesis',
    (c) => new KinesisClient({ ...c, requestHandler: NodeHttpHandler.create(c.requestHandler) }),
  );
  const names = await s.call('kinesis', 'ListStreams', async () => {
    const out: string[] = [];
    for await (const page of paginateListStreams({ client }, {})) out.push(...(page.StreamNames ?? []));
    return out;
  });
  if (!names.ok) return [];
  await Promise.all(
    names.value.map(async (StreamName) => {
      const d = await s.call('kinesis', 'DescribeStreamSummary', () =>
        client.send(new DescribeStreamSummaryCommand({ StreamName })),
      );
      const sum = d.ok ? d.value.StreamDescriptionSummary : undefined;
      s.item(
        {
          resourceType: 'AWS::Kinesis::Stream',
          resourceId: StreamName,
          resourceName: StreamName,
          ...(sum?.StreamARN === undefined ? {} : { arn: sum.StreamARN }),
          awsRegion: s.region,
          configuration:
            sum === undefined
              ? { Name: StreamName }
              : {
                  Name: StreamName,
                  Arn: sum.StreamARN,
                  StreamEncryption: {
                    EncryptionType: sum.EncryptionType ?? 'NONE',
                    ...(sum.KeyId === undefined ? {} : { KeyId: sum.KeyId }),
                  },
                },
        },
        d.ok ? {} : gapsFor(['encryptionType', 'kmsKeyId'], d.reason),
      );
    }),
  );
  return ['aws.kinesis.stream'];
}

export async function collectStepFunctions(s: RegionScope): Promise<string[]> {
  const client = s.client('states', (c) => new SFNClient(c));
  const machines = await s.call('states', 'ListStateMachines', async () => {
    const out: { arn: string; name: string }[] = [];
    for await (const page of paginateListStateMachines({ client }, {}))
      for (const m of page.stateMachines ?? [])
        if (m.stateMachineArn !== undefined) out.push({ arn: m.stateMachineArn, name: m.name ?? '' });
    return out;
  });
  if (!machines.ok) return [];
  await Promise.all(
    machines.value.map(async ({ arn, name }) => {
      const d = await s.call('states', 'DescribeStateMachine', () =>
        client.send(new DescribeStateMachineCommand({ stateMachineArn: arn })),
      );
      // Only the logging settings: the definition may hold parameters that are nobody's business here.
      const level = d.ok ? (d.value.loggingConfiguration?.level ?? 'OFF') : undefined;
      s.item(
        {
          resourceType: 'AWS::StepFunctions::StateMachine',
          resourceId: arn,
          resourceName: name,
          arn,
          awsRegion: s.region,
          configuration: {
            StateMachineName: name,
            Arn: arn,
            ...(level === undefined ? {} : { LoggingConfiguration: { Level: level } }),
          },
        },
        d.ok ? {} : { loggingLevel: d.reason },
      );
    }),
  );
  return ['aws.stepfunctions.state-machine'];
}

export async function collectEventBuses(s: RegionScope): Promise<string[]> {
  const client = s.client('events', (c) => new EventBridgeClient(c));
  const buses = await s.call('events', 'ListEventBuses', async () => {
    const out: EventBus[] = [];
    let NextToken: string | undefined;
    do {
      const page = await client.send(new ListEventBusesCommand({ NextToken }));
      out.push(...(page.EventBuses ?? []));
      NextToken = page.NextToken;
    } while (NextToken !== undefined && NextToken !== '');
    return out;
  });
  if (!buses.ok) return [];
  for (const bus of buses.value) {
    const name = bus.Name ?? '';
    s.item({
      resourceType: 'AWS::Events::EventBus',
      resourceId: name,
      resourceName: name,
      ...(bus.Arn === undefined ? {} : { arn: bus.Arn }),
      awsRegion: s.region,
      // ListEventBuses returns each bus's policy; a bus without one has none.
      configuration: { Name: name, Arn: bus.Arn, Policy: bus.Policy ?? null },
    });
  }
  return ['aws.events.event-bus'];
}
