/**
 * The Azure live source: `parapet scan --azure` and `parapet permissions azure`. Build one with
 * `azureLiveSource()` (defaults: DefaultAzureCredential, the public cloud); tests pass a credential
 * and a CA for the loopback endpoint.
 */
import type { LiveSource } from '../types.js';
import { AZURE_CALLS, azureRoleDefinition } from './calls.js';
import { collectAzure, type AzureDeps } from './collect.js';
import { azureOptions, parseAzureOptions, type AzureOptions } from './options.js';

export function azureLiveSource(deps: AzureDeps = {}): LiveSource<AzureOptions> {
  return {
    provider: 'azure',
    options: azureOptions,
    parseOptions: parseAzureOptions,
    collect: (options, ctx) => collectAzure(options, ctx, deps),
    calls: () => AZURE_CALLS,
    permissions: azureRoleDefinition,
  };
}
