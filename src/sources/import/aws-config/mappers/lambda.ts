/**
 * AWS::Lambda::Function (camelCase, from the Lambda API). The function policy is
 * `supplementaryConfiguration.Policy` (JSON text, absent when there is none). The API leaves `vpcConfig` out for functions outside
 * a VPC and `runtime` out for container images, so there absence is a known "none".
 */
import type { SourceRef } from '../../../../model/asset.js';
import type { ConfigItem } from '../item.js';
import { policyAt, regionalArn } from './app-common.js';
import { asString, asStrings, SectionReader } from './fields.js';
import { candidateFromItem, NOT_IN_RECORD, type ConfigItemMapper, type MappedCandidate } from './types.js';
import { unknown } from '../../../../model/unknown.js';

export function mapLambdaFunction(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const s = new SectionReader(item.supplementary, 'supplementaryConfiguration');
  const name = asString(c.get('functionName')) ?? item.resourceName ?? item.resourceId;
  const uid = item.arn ?? asString(c.get('functionArn')) ?? regionalArn(item, 'lambda', `function:${name}`);
  const described = item.configuration !== undefined && c.has('functionName');
  const packageType = c.has('packageType')
    ? c.required('packageType', asString)
    : c.has('runtime')
      ? 'Zip'
      : c.missing('packageType');
  const config = {
    packageType,
    runtime: packageType === 'Image' ? null : c.required('runtime', asString),
    subnetIds: c.has('vpcConfig.subnetIds')
      ? c.list('vpcConfig.subnetIds', () => asStrings(c.get('vpcConfig.subnetIds')) ?? [])
      : described
        ? []
        : c.missing('vpcConfig'),
    tracingMode: c.has('tracingConfig.mode') ? c.nullable('tracingConfig.mode', asString) : null,
    // AWS Config's supplementary configuration carries `Policy` only for functions that have one (its
    // own lambda-function-public-access-prohibited rule reads it so); without the section, a gap.
    policy:
      item.supplementary === undefined
        ? unknown(NOT_IN_RECORD('supplementaryConfiguration'))
        : s.has('Policy')
          ? policyAt(s, 'Policy')
          : null,
  };
  const candidate = candidateFromItem(item, source, uid, config, []);
  candidate.name = name;
  return [{ type: 'aws.lambda.function', candidate }];
}

export const lambdaMappers: Record<string, ConfigItemMapper> = {
  'AWS::Lambda::Function': mapLambdaFunction,
};
