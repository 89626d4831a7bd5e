/**
 * What every compliance renderer receives: the scan that was scored and each framework's score
 * (src/frameworks/scoring.ts). Built by `parapet compliance` from the store; pure data.
 */
import {
  ResultIndex,
  scoreFramework,
  type ComplianceWeights,
  type FrameworkScore,
} from '../frameworks/scoring.js';
import type { Framework } from '../model/framework.js';
import type { Severity } from '../model/severity.js';
import type { StoredResult } from '../store/types.js';

export const COMPLIANCE_SCHEMA = 'parapet.compliance/v1';

export interface ComplianceReport {
  generatedAt: string;
  scan: {
    id: string;
    startedAt: string;
    finishedAt: string | undefined;
    status: string;
    sources: string[];
    /** Providers and accounts the scan described (from its coverage). */
    scopes: { provider: string; account: string; region?: string }[];
    assets: number;
    /** Results the scan could not decide (`error`), which never count as passing. */
    unknownResults: number;
  };
  weights: { severity: Record<string, number>; requirements: Record<string, Record<string, number>> };
  frameworks: FrameworkScore[];
}

/**
 * Reads a scan's results (passes included) once and scores each framework over them. Not-applicable
 * results are ignored; `error` results are kept as unknown and counted.
 */
export async function scoreFrameworks(
  results: AsyncIterable<StoredResult>,
  frameworks: readonly Framework[],
  options: { severityOf: (ruleId: string) => Severity | undefined; weights: ComplianceWeights },
): Promise<{ frameworks: FrameworkScore[]; unknownResults: number }> {
  const index = new ResultIndex();
  let unknownResults = 0;
  for await (const r of results) {
    if (r.status === 'not_applicable') continue;
    if (r.status === 'error') unknownResults++;
    index.add({
      ruleId: r.ruleId,
      status: r.status,
      message: r.message,
      resource: {
        uid: r.resource.uid,
        name: r.resource.name,
        provider: r.resource.provider,
        type: r.resource.type,
        account: r.resource.account,
        region: r.resource.region,
      },
    });
  }
  return { frameworks: frameworks.map((fw) => scoreFramework(fw, index, options)), unknownResults };
}
