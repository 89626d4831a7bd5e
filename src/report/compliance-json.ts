/**
 * `parapet.compliance/v1` JSON (DESIGN.md): per framework the two scores, counts, section roll-ups and
 * per-requirement status with passing/failing/unknown resource counts and the failing resources.
 */
import { COMPLIANCE_SCHEMA, type ComplianceReport } from './compliance-report.js';
import type { Output } from './output.js';

export async function renderComplianceJson(report: ComplianceReport, out: Output): Promise<void> {
  const doc = {
    schema: COMPLIANCE_SCHEMA,
    generatedAt: report.generatedAt,
    scan: report.scan,
    weights: report.weights,
    frameworks: report.frameworks.map((fw) => ({
      id: fw.id,
      name: fw.name,
      version: fw.version,
      providers: fw.providers,
      scores: fw.scores,
      counts: fw.counts,
      unknownRequirements: fw.unknownRequirements,
      sections: fw.sections,
      requirements: fw.requirements.map((r) => ({
        id: r.id,
        section: r.section,
        title: r.title,
        assessment: r.assessment,
        status: r.status,
        ...(r.reason === undefined ? {} : { reason: r.reason }),
        passing: r.passing,
        failing: r.failing,
        unknown: r.unknown,
        weight: r.weight,
        rules: r.rules,
        byRule: r.byRule,
        failingResources: r.failingResources,
      })),
    })),
  };
  await out.write(`${JSON.stringify(doc, null, 2)}\n`);
}
