/** Framework catalogs: requirements that point at rule ids (the one-way mapping; reverse is derived). */
export interface FrameworkRequirement {
  id: string;
  section: string;
  title: string;
  /** `automated`: judged by the mapped rules. `manual`: configuration cannot show it; never counted as passing. */
  assessment: 'automated' | 'manual';
  rules: string[];
}

export interface Framework {
  id: string;
  name: string;
  version: string;
  /** Providers the catalog applies to. */
  providers: string[];
  description?: string;
  requirements: FrameworkRequirement[];
}
