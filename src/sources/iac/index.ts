/**
 * IaC entry point: reads Terraform (HCL and plan JSON), ARM templates and CloudFormation under the given paths
 * into the same import events the exporters' importers produce.
 */
import { createHclParser } from './terraform/parse.js';
import { terraformPlanInto } from './terraform/plan-source.js';
import { terraformInto } from './terraform/source.js';
import { cloudFormationInto } from './cloudformation/source.js';
import { armTemplatesInto } from './arm/source.js';
import type { IacOptions, IacRun } from './types.js';

/**
 * Read the IaC under `paths` (absolute).
 * @example const run = await readIac(['/repo/infra'], { cwd: '/repo' }); run.events.length
 */
export async function readIac(paths: readonly string[], options: IacOptions): Promise<IacRun> {
  const run: IacRun = { events: [], spans: new Map(), files: new Map() };
  const parser = await createHclParser();
  // Plans first: a root module whose plan is read is not evaluated again from its HCL.
  const planRoots = terraformPlanInto(run, paths, parser, options);
  terraformInto(run, paths, parser, options, planRoots);
  armTemplatesInto(run, paths, options);
  cloudFormationInto(run, paths, options);
  return run;
}
