import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../cli/io.js';
import { main } from '../../cli/main.js';
import type { CandidateEvent } from '../import/types.js';
import { cloudFormationInto } from './cloudformation/source.js';
import { judge } from './terraform/mappers/testing/judge.js';
import type { IacRun } from './types.js';

const WRITE = 'aws-s3-bucket-object-write-events-logged';
const READ = 'aws-s3-bucket-object-read-events-logged';

describe('Terraform aws_cloudtrail event selectors', () => {
  it('judges buckets from basic and advanced selectors; unknown where no trail of the configuration covers them', async () => {
    const judged = await judge(
      `
resource "aws_s3_bucket" "data" { bucket = "data" }
resource "aws_s3_bucket" "other" { bucket = "other" }
resource "aws_cloudtrail" "basic" {
  name           = "basic"
  s3_bucket_name = "logs"
  event_selector {
    read_write_type = "WriteOnly"
    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3:::data/"]
    }
  }
}
resource "aws_cloudtrail" "advanced" {
  name           = "advanced"
  s3_bucket_name = "logs"
  advanced_event_selector {
    name = "reads"
    field_selector {
      field  = "eventCategory"
      equals = ["Data"]
    }
    field_selector {
      field  = "resources.type"
      equals = ["AWS::S3::Object"]
    }
    field_selector {
      field  = "readOnly"
      equals = ["true"]
    }
    field_selector {
      field           = "resources.ARN"
      not_starts_with = ["arn:aws:s3:::other/"]
    }
  }
}
`,
      [WRITE, READ],
    );
    const statuses = Object.fromEntries(Object.entries(judged).map(([k, v]) => [k, v.split(' ')[0]]));
    expect(statuses).toEqual({
      [`aws_s3_bucket.data ${WRITE}`]: 'pass',
      [`aws_s3_bucket.data ${READ}`]: 'pass',
      // Another configuration may hold the trail that covers it: not a fail.
      [`aws_s3_bucket.other ${WRITE}`]: 'error',
      [`aws_s3_bucket.other ${READ}`]: 'error',
    });
  });

  it('leaves selectors known only after apply unknown', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parapet-tf-trail-'));
    writeFileSync(
      join(dir, 'main.tf'),
      `
variable "buckets" { type = list(string) }
resource "aws_s3_bucket" "data" { bucket = "data" }
resource "aws_cloudtrail" "t" {
  name           = "t"
  s3_bucket_name = "logs"
  event_selector {
    data_resource {
      type   = "AWS::S3::Object"
      values = var.buckets
    }
  }
}
`,
    );
    const io = memoryIo({}, dir);
    await main(['iac', 'main.tf', '--format', 'json', '--include-passed'], io);
    const doc = JSON.parse(io.out()) as { findings: { ruleId: string; status: string; message: string }[] };
    const found = doc.findings.find((f) => f.ruleId === WRITE);
    expect(found?.status).toBe('error');
    expect(found?.message).toMatch(/s3ObjectEvents is unknown \(trail t: /);
  });
});

describe('CloudFormation AWS::CloudTrail::Trail event selectors', () => {
  it('reads EventSelectors and AdvancedEventSelectors into management and S3 object events', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parapet-cfn-trail-'));
    writeFileSync(
      join(dir, 't.yaml'),
      `Resources:
  Basic:
    Type: AWS::CloudTrail::Trail
    Properties:
      IsLogging: true
      S3BucketName: logs
      EventSelectors:
        - ReadWriteType: ReadOnly
          IncludeManagementEvents: true
          DataResources:
            - Type: AWS::S3::Object
              Values: ['arn:aws:s3']
  Advanced:
    Type: AWS::CloudTrail::Trail
    Properties:
      IsLogging: true
      S3BucketName: logs
      AdvancedEventSelectors:
        - Name: writes
          FieldSelectors:
            - { Field: eventCategory, Equals: [Data] }
            - { Field: resources.type, Equals: ['AWS::S3::Object'] }
            - { Field: readOnly, Equals: ['false'] }
  Plain:
    Type: AWS::CloudTrail::Trail
    Properties:
      IsLogging: true
      S3BucketName: logs
  Unknown:
    Type: AWS::CloudTrail::Trail
    Properties:
      IsLogging: true
      S3BucketName: logs
      EventSelectors:
        - DataResources:
            - Type: AWS::S3::Object
              Values: [!GetAtt Bucket.Arn]
`,
    );
    const r: IacRun = { events: [], spans: new Map(), files: new Map() };
    cloudFormationInto(r, [dir], { cwd: dir, vars: [] });
    const config = (id: string) =>
      r.events.find((e): e is CandidateEvent => e.kind === 'candidate' && e.candidate.uid === `t.yaml#${id}`)
        ?.candidate.config;
    expect(config('Basic')).toMatchObject({
      managementEvents: 'read-only',
      s3ObjectEvents: [{ name: 'selector 1', events: 'read-only', arnPrefixes: ['arn:aws:s3'] }],
    });
    expect(config('Advanced')).toMatchObject({
      managementEvents: 'none',
      s3ObjectEvents: [{ name: 'writes', events: 'write-only', arnPrefixes: null }],
    });
    expect(config('Plain')).toMatchObject({ managementEvents: 'all', s3ObjectEvents: [] });
    expect(config('Unknown')?.managementEvents).toHaveProperty('$unknown');
    expect(config('Unknown')?.s3ObjectEvents).toHaveProperty('$unknown');
  });
});
