/**
 * The live AWS source (`parapet scan --aws`, `parapet permissions aws`): official AWS SDK v3 clients
 * with the standard credential chain, one account or the whole organisation, every enabled region.
 */
import type { LiveContext, LiveSource } from '../types.js';
import { AWS_CALLS, awsPermissionsText } from './calls.js';
import { collectAws, type CollectHooks } from './collect.js';
import { awsOptions, parseAwsOptions, type AwsLiveOptions } from './options.js';

/** Build the AWS live source; `hooks` lets tests observe every call. */
export function awsLiveSource(hooks: CollectHooks = {}): LiveSource<AwsLiveOptions> {
  return {
    provider: 'aws',
    options: awsOptions,
    parseOptions: (raw) => parseAwsOptions(raw),
    collect: (options: AwsLiveOptions, ctx: LiveContext) => collectAws(options, ctx, hooks),
    calls: () => AWS_CALLS,
    permissions: (o) => awsPermissionsText(o),
  };
}
