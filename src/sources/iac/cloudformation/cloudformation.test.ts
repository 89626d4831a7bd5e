import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCloudFormation } from './parse.js';
import { cloudFormationInto } from './source.js';
import type { IacRun } from '../types.js';
import type { CandidateEvent } from '../../import/types.js';

function run(text: string, name = 't.yaml', vars: string[] = []) {
  const dir = mkdtempSync(join(tmpdir(), 'parapet-cfn-'));
  writeFileSync(join(dir, name), text);
  const r: IacRun = { events: [], spans: new Map(), files: new Map() };
  cloudFormationInto(r, [dir], { cwd: dir, vars });
  const candidates = r.events.filter((e): e is CandidateEvent => e.kind === 'candidate');
  return {
    r,
    candidates,
    config: (id: string) => candidates.find((c) => c.candidate.uid === `${name}#${id}`)?.candidate.config,
  };
}

describe('CloudFormation', () => {
  it('resolves short and long intrinsics, parameters, pseudo parameters, mappings and conditions', () => {
    const { config, candidates } = run(`AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Open: { Type: String, Default: '0.0.0.0/0' }
  Enc: { Type: String, Default: 'false' }
  Env: { Type: String }
Mappings:
  Ports: { admin: { ssh: 22 } }
Conditions:
  Never: !Equals [a, b]
  IsEnc: { 'Fn::Equals': [{ Ref: Enc }, 'true'] }
Resources:
  Sg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupName: !Sub '\${AWS::Partition}-sg'
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: !FindInMap [Ports, admin, ssh]
          ToPort: 22
          CidrIp: !Ref Open
  Vol:
    Type: AWS::EC2::Volume
    Properties:
      Encrypted: !If [IsEnc, true, false]
  Skipped:
    Type: AWS::EC2::Volume
    Condition: Never
    Properties: {}
  EnvVol:
    Type: AWS::EC2::Volume
    Properties:
      Encrypted: { 'Fn::Equals': [!Ref Env, prod] }
`);
    expect(config('Sg')).toMatchObject({
      groupName: 'aws-sg',
      ingress: [{ protocol: 'tcp', fromPort: 22, toPort: 22, ipv4Ranges: ['0.0.0.0/0'] }],
    });
    expect(config('Vol')).toMatchObject({ encrypted: false });
    expect(candidates.some((c) => c.candidate.uid.endsWith('#Skipped'))).toBe(false);
    // A parameter without a default is unknown, and so is what depends on it.
    expect(JSON.stringify(config('EnvVol')?.encrypted)).toMatch(/"\$unknown":".*Fn::Equals/);
  });

  it('takes parameter values from --var and reads JSON templates with lines', () => {
    const json = JSON.stringify(
      {
        Parameters: { Enc: { Type: 'String', Default: 'false' } },
        Resources: { V: { Type: 'AWS::EC2::Volume', Properties: { Encrypted: { Ref: 'Enc' } } } },
      },
      null,
      2,
    );
    const { config, r } = run(json, 't.json', ['Enc=true']);
    expect(config('V')).toMatchObject({ encrypted: true });
    expect(r.spans.get('t.json#V')?.fields.encrypted?.line).toBe(12);
  });

  it('joins a bucket policy by Ref into the bucket', () => {
    const { config } = run(`Resources:
  B:
    Type: AWS::S3::Bucket
  P:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref B
      PolicyDocument:
        Statement: [{ Effect: Allow, Principal: '*', Action: 's3:GetObject', Resource: '*' }]
`);
    expect(config('B')?.policy).toMatchObject({ Statement: [{ Effect: 'Allow', Principal: '*' }] });
  });

  it("reads a bucket's lifecycle rules, event notifications and replication rules", () => {
    const { config } = run(`Resources:
  Replica:
    Type: AWS::S3::Bucket
  B:
    Type: AWS::S3::Bucket
    Properties:
      LifecycleConfiguration:
        Rules: [{ Id: expire, Status: Enabled, ExpirationInDays: 30 }]
      NotificationConfiguration:
        QueueConfigurations: [{ Event: 's3:ObjectCreated:*', Queue: arn:aws:sqs:eu-west-1:111122223333:q }]
        EventBridgeConfiguration: { EventBridgeEnabled: true }
      ReplicationConfiguration:
        Role: arn:aws:iam::111122223333:role/r
        Rules:
          - { Id: copy, Status: Enabled, Destination: { Bucket: !GetAtt Replica.Arn } }
          - { Status: Disabled, Destination: { Bucket: 'arn:aws:s3:::other' } }
  Bare:
    Type: AWS::S3::Bucket
`);
    expect(config('B')).toMatchObject({
      lifecycleRules: [{ id: 'expire', status: 'Enabled' }],
      eventNotifications: ['queue', 'eventbridge'],
      replicationRules: [
        { id: 'copy', status: 'Enabled', destinationBucket: expect.any(String) as unknown },
        { id: null, status: 'Disabled', destinationBucket: 'arn:aws:s3:::other' },
      ],
    });
    expect(config('Bare')).toMatchObject({
      lifecycleRules: [],
      eventNotifications: [],
      replicationRules: [],
    });
  });

  it('bounds YAML aliases (no billion laughs) and names the file on a syntax error', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++)
      bomb.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)}]`,
      );
    expect(() => parseCloudFormation(`${bomb.join('\n')}\nResources: {}\n`, 'bomb.yaml')).toThrow(
      /bomb\.yaml: .*aliases are limited/,
    );
    const { r } = run('AWSTemplateFormatVersion: x\nResources:\n  B: [\n', 'bad.yaml');
    expect(r.events.find((e) => e.kind === 'diagnostic')).toMatchObject({ level: 'error', file: 'bad.yaml' });
  });
});
