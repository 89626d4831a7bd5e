import type { Provider } from './asset.js';
import type { Severity } from './severity.js';

/** The finding object of the `parapet.scan/v1` JSON contract (DESIGN.md). */
export interface Finding {
  /** Stable: same rule + same resource ⇒ same id across scans. */
  id: string;
  ruleId: string;
  title: string;
  severity: Severity;
  status: 'fail' | 'error' | 'muted' | 'pass';
  resource: {
    uid: string;
    provider: Provider;
    type: string;
    account: string;
    region: string;
    name: string;
    tags: Record<string, string>;
  };
  message: string;
  evidence: Record<string, unknown>;
  compliance: Record<string, string[]>;
  risk: { score: number; factors: RiskFactor[] };
  remediation: { text: string; cli?: string; terraform?: string; console?: string };
  owner?: string;
  dueAt?: string;
  kind?: 'combination';
  components?: string[];
  source?: { file: string; line?: number; position?: string };
}

export interface RiskFactor {
  name: string;
  /** Points this factor adds (or removes) from the score. */
  contribution: number;
  detail: string;
}
