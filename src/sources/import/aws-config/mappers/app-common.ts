/** Shared reads for the application-service mappers: resource policies and ARNs built from records. */
import { unknown } from '../../../../model/unknown.js';
import { decodePolicyText } from '../../../../inventory/aws/policy.js';
import { describeError } from '../../../../model/errors.js';
import type { ConfigItem } from '../item.js';
import { partitionOfItem } from './account.js';
import type { SectionReader } from './fields.js';

/**
 * A resource policy held as JSON text (or an object) at `path`: null when empty, a gap when the record
 * does not carry it, an Unknown naming the parse error when it is not JSON.
 */
export function policyAt(s: SectionReader, path: string): unknown {
  const text = s.get(path);
  if (text === undefined) return s.missing(path);
  if (text === null || text === '') return null;
  try {
    return decodePolicyText(text);
  } catch (e) {
    return unknown(`${s.section}.${path} is not valid JSON: ${describeError(e)}`);
  }
}

/** `arn:<partition>:<service>:<region>:<account>:<resource>`, when the record has no ARN. */
export function regionalArn(item: ConfigItem, service: string, resource: string): string {
  return `arn:${partitionOfItem(item)}:${service}:${item.region}:${item.accountId}:${resource}`;
}
