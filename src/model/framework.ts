/** Framework catalogs: requirements that point at rule ids (the one-way mapping; reverse is derived). */
export interface FrameworkRequirement {
  id: string;
  section: string;
  title: string;
  /** `automated`: judged by the mapped rules. `manual`: configuration cannot show it; never counted as passing. */
  assessment: 'automated' | 'manual';
  /** Rule ids that judge it; after the loader resolves `includes`, also those of included requirements. */
  rules: string[];
  /** Requirements of other catalogs whose rules also judge this one: `{ "aws-fsbp": ["S3.8"] }`. */
  includes?: Record<string, string[]>;
  /** The rules the file itself listed (set by the loader when `includes` added more). */
  ownRules?: string[];
  /** The framework's own severity for the requirement, when it has one (AWS FSBP does). */
  severity?: 'critical' | 'high' | 'medium' | 'low' | 'informational';
}

export interface Framework {
  id: string;
  name: string;
  version: string;
  /** Providers the catalog applies to. */
  providers: string[];
  description?: string;
  source?: string;
  /** The file the catalog was read from (set by the loader). */
  file?: string;
  requirements: FrameworkRequirement[];
}
