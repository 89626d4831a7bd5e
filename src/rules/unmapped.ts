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
  'azure-sql-server-no-internet-firewall-rule':
    'CIS Azure 6.0 moved SQL checks to the CIS Azure Database Services benchmark (not shipped); not yet in the compliance themes',
  'azure-sql-server-auditing-enabled':
    'CIS Azure 6.0 moved SQL checks to the CIS Azure Database Services benchmark (not shipped); not yet in the compliance themes',
  'azure-sql-database-tde-enabled':
    'CIS Azure 6.0 moved SQL checks to the CIS Azure Database Services benchmark (not shipped); not yet in the compliance themes',
  'azure-web-app-https-only':
    'CIS Azure 6.0 moved App Service checks to the CIS Azure Compute Services benchmark (not shipped); not yet in the compliance themes',
  'azure-web-app-min-tls-1-2':
    'CIS Azure 6.0 moved App Service checks to the CIS Azure Compute Services benchmark (not shipped); not yet in the compliance themes',
  'azure-web-app-ftps-only':
    'CIS Azure 6.0 moved App Service checks to the CIS Azure Compute Services benchmark (not shipped); not yet in the compliance themes',
  'aws-combo-exposed-instance-admin-role': COMBINATION,
  'aws-combo-exposed-management-port-production-no-flow-logs': COMBINATION,
  'aws-combo-exposed-unencrypted-production-database': COMBINATION,
  'aws-combo-public-confidential-bucket': COMBINATION,
  'azure-combo-exposed-vm-admin-identity': COMBINATION,
  'azure-combo-public-confidential-storage': COMBINATION,
  'gcp-combo-exposed-instance-admin-service-account': COMBINATION,
  'gcp-combo-public-confidential-bucket': COMBINATION,
};
