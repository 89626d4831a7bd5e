import { describe, expect, it } from 'vitest';
import { ec2Arn, ec2ArnOfId, ec2ResourceTypeOfId, isKmsKeyArn, partitionOf } from './arn.js';

const scope = { region: 'eu-west-1', account: '111122223333' };

describe('AWS ARNs', () => {
  it('builds EC2 ARNs', () => {
    expect(ec2Arn(scope, 'security-group', 'sg-1')).toBe(
      'arn:aws:ec2:eu-west-1:111122223333:security-group/sg-1',
    );
    expect(ec2Arn({ ...scope, partition: 'aws-cn' }, 'vpc', 'vpc-1')).toBe(
      'arn:aws-cn:ec2:eu-west-1:111122223333:vpc/vpc-1',
    );
  });

  it('knows EC2 resource types from id prefixes', () => {
    expect(ec2ResourceTypeOfId('vpc-0abc')).toBe('vpc');
    expect(ec2ResourceTypeOfId('subnet-0abc')).toBe('subnet');
    expect(ec2ResourceTypeOfId('eni-0abc')).toBe('network-interface');
    expect(ec2ResourceTypeOfId('tgw-attach-0abc')).toBe('transit-gateway-attachment');
    expect(ec2ResourceTypeOfId('bogus-1')).toBeUndefined();
    expect(ec2ArnOfId(scope, 'i-0abc')).toBe('arn:aws:ec2:eu-west-1:111122223333:instance/i-0abc');
    expect(ec2ArnOfId(scope, 'nonsense')).toBeUndefined();
  });

  it('reads partitions and recognises KMS key ARNs (not aliases)', () => {
    expect(partitionOf('arn:aws-us-gov:s3:::b')).toBe('aws-us-gov');
    expect(partitionOf(undefined)).toBe('aws');
    expect(isKmsKeyArn('arn:aws:kms:eu-west-1:111122223333:key/1234')).toBe(true);
    expect(isKmsKeyArn('arn:aws:kms:eu-west-1:111122223333:alias/aws/ebs')).toBe(false);
    expect(isKmsKeyArn('1234abcd')).toBe(false);
    expect(isKmsKeyArn(null)).toBe(false);
  });
});
