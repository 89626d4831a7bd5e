/**
 * Rules deliberately not mapped to any framework requirement in the shipped catalogs, each with the
 * reason. The registry test fails for a rule that is neither mapped by a catalog nor listed here, and
 * for a listed rule that a catalog maps (so the list cannot go stale). Since the compliance catalogs
 * (NIST, SOC 2, HIPAA, PCI DSS, GDPR) map rules through their themes, the list holds only rules that no
 * theme or shipped catalog names yet, and the toxic combinations (docs/risk.md); the reasons some rules
 * stay out of the CIS and FSBP catalogs are in docs/frameworks.md.
 */
const COMBINATION =
  'a toxic combination of findings that the frameworks already map one by one; it ranks work, it is not a control';

export const UNMAPPED_RULES: Readonly<Record<string, string>> = {
  'aws-combo-exposed-instance-admin-role': COMBINATION,
  'aws-combo-exposed-management-port-production-no-flow-logs': COMBINATION,
  'aws-combo-exposed-unencrypted-production-database': COMBINATION,
  'aws-combo-public-confidential-bucket': COMBINATION,
  'azure-combo-exposed-vm-admin-identity': COMBINATION,
  'azure-combo-public-confidential-storage': COMBINATION,
  'gcp-combo-exposed-instance-admin-service-account': COMBINATION,
  'gcp-combo-public-confidential-bucket': COMBINATION,
};
