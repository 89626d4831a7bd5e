/**
 * Messaging and streaming: AWS::SNS::Topic and AWS::SQS::Queue (their configuration is the service's
 * attribute map: `KmsMasterKeyId`, `Policy`, `<Protocol>FailureFeedbackRoleArn`), AWS::Kinesis::Stream,
 * AWS::StepFunctions::StateMachine and AWS::Events::EventBus (CloudFormation spelling). The attribute
 * maps leave out unset attributes, so once the record carries the topic's or queue's ARN an absent
 * encryption key, policy or feedback role is a known "not set"; likewise a stream without
 * StreamEncryption is unencrypted and a state machine without LoggingConfiguration does not log. An
 * event bus policy AWS Config did not record stays a gap.
 */
import type { SourceRef } from '../../../../model/asset.js';
import type { ConfigItem } from '../item.js';
import { policyAt, regionalArn } from './app-common.js';
import { asBool, asInt, asString, SectionReader } from './fields.js';
import { unknown } from '../../../../model/unknown.js';
import { candidateFromItem, type ConfigItemMapper, type MappedCandidate } from './types.js';

const SUBSCRIPTIONS_UNRECORDED =
  "AWS Config does not record a topic's subscriptions; run a live scan (sns:GetTopicAttributes SubscriptionsConfirmed)";

const SNS_PROTOCOLS = ['HTTP', 'SQS', 'Lambda', 'Application', 'Firehose'] as const;

/** An attribute the service leaves out when unset: null once the record is known to be complete. */
function optional(c: SectionReader, path: string, complete: boolean): unknown {
  if (!c.has(path) && complete) return null;
  return c.nullable(path, asString);
}

export function mapSnsTopic(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const uid = item.arn ?? asString(c.get('TopicArn')) ?? regionalArn(item, 'sns', item.resourceId);
  const complete = c.has('TopicArn');
  const logging = SNS_PROTOCOLS.filter(
    (p) =>
      (asString(c.get(`${p}FailureFeedbackRoleArn`)) ?? '') !== '' ||
      (asString(c.get(`${p}SuccessFeedbackRoleArn`)) ?? '') !== '',
  );
  const config = {
    kmsMasterKeyId: optional(c, 'KmsMasterKeyId', complete),
    policy: complete && !c.has('Policy') ? null : policyAt(c, 'Policy'),
    deliveryStatusLogging: complete ? [...logging] : c.missing('TopicArn'),
    // GetTopicAttributes has it (a live scan); AWS Config's record of a topic does not.
    confirmedSubscriptions: c.has('SubscriptionsConfirmed')
      ? c.required('SubscriptionsConfirmed', asInt)
      : unknown(SUBSCRIPTIONS_UNRECORDED),
  };
  const candidate = candidateFromItem(item, source, uid, config, []);
  candidate.name = item.resourceName ?? uid.split(':').pop() ?? item.resourceId;
  return [{ type: 'aws.sns.topic', candidate }];
}

export function mapSqsQueue(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const uid = item.arn ?? asString(c.get('QueueArn')) ?? regionalArn(item, 'sqs', item.resourceId);
  const complete = c.has('QueueArn');
  const config = {
    kmsMasterKeyId: optional(c, 'KmsMasterKeyId', complete),
    sqsManagedSseEnabled: c.required('SqsManagedSseEnabled', asBool),
    policy: complete && !c.has('Policy') ? null : policyAt(c, 'Policy'),
  };
  const candidate = candidateFromItem(item, source, uid, config, []);
  candidate.name = item.resourceName ?? asString(c.get('QueueName')) ?? uid.split(':').pop()!;
  return [{ type: 'aws.sqs.queue', candidate }];
}

export function mapKinesisStream(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const name = asString(c.get('Name')) ?? item.resourceName ?? item.resourceId;
  const uid = item.arn ?? asString(c.get('Arn')) ?? regionalArn(item, 'kinesis', `stream/${name}`);
  // CloudFormation-shaped records leave out unset properties: no StreamEncryption is no encryption.
  const described = c.has('Arn') || c.has('Name');
  const config = {
    encryptionType:
      !c.has('StreamEncryption') && described
        ? 'NONE'
        : c.required('StreamEncryption.EncryptionType', asString),
    kmsKeyId: optional(c, 'StreamEncryption.KeyId', described),
  };
  const candidate = candidateFromItem(item, source, uid, config, []);
  candidate.name = name;
  return [{ type: 'aws.kinesis.stream', candidate }];
}

export function mapStateMachine(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const name = asString(c.get('StateMachineName')) ?? item.resourceName ?? item.resourceId;
  const uid = item.arn ?? asString(c.get('Arn')) ?? regionalArn(item, 'states', `stateMachine:${name}`);
  // No LoggingConfiguration in a CloudFormation-shaped record is Step Functions' default: OFF.
  const described = c.has('Arn') || c.has('StateMachineName');
  const config = {
    loggingLevel:
      !c.has('LoggingConfiguration') && described
        ? 'OFF'
        : c.required('LoggingConfiguration.Level', asString),
  };
  const candidate = candidateFromItem(item, source, uid, config, []);
  candidate.name = name;
  return [{ type: 'aws.stepfunctions.state-machine', candidate }];
}

export function mapEventBus(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const name = asString(c.get('Name')) ?? item.resourceName ?? item.resourceId;
  const uid = item.arn ?? asString(c.get('Arn')) ?? regionalArn(item, 'events', `event-bus/${name}`);
  const config = { busName: name, policy: policyAt(c, 'Policy') };
  const candidate = candidateFromItem(item, source, uid, config, []);
  candidate.name = name;
  return [{ type: 'aws.events.event-bus', candidate }];
}

export const messagingMappers: Record<string, ConfigItemMapper> = {
  'AWS::SNS::Topic': mapSnsTopic,
  'AWS::SQS::Queue': mapSqsQueue,
  'AWS::Kinesis::Stream': mapKinesisStream,
  'AWS::StepFunctions::StateMachine': mapStateMachine,
  'AWS::Events::EventBus': mapEventBus,
};
