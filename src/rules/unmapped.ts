/**
 * Rules deliberately not mapped to any framework requirement in the shipped catalogs, each with the
 * reason. The registry test fails for a rule that is neither mapped by a catalog nor listed here, and
 * for a listed rule that a catalog maps (so the list cannot go stale).
 */
const CIS_AZURE_SPLIT =
  'CIS Azure Foundations 6.0 moved virtual machine, disk and database checks into separate CIS benchmarks (Compute, Database Services) that Parapet does not ship yet';
const NO_CIS_GKE =
  'GKE is covered by the CIS GKE Benchmark, which Parapet does not ship yet; CIS GCP 5.0 has no GKE section';

const COMBINATION =
  'a toxic combination of findings that frameworks already map one by one; it ranks work, it is not a control';

export const UNMAPPED_RULES: Readonly<Record<string, string>> = {
  'aws-combo-exposed-instance-admin-role': COMBINATION,
  'aws-combo-exposed-management-port-production-no-flow-logs': COMBINATION,
  'aws-combo-exposed-unencrypted-production-database': COMBINATION,
  'aws-combo-public-confidential-bucket': COMBINATION,
  'azure-combo-exposed-vm-admin-identity': COMBINATION,
  'azure-combo-public-confidential-storage': COMBINATION,
  'gcp-combo-exposed-instance-admin-service-account': COMBINATION,
  'gcp-combo-public-confidential-bucket': COMBINATION,
  'aws-elbv2-listener-modern-tls-policy':
    'the FSBP control for ALB/NLB TLS policies (ELB.17) is missing from the catalog source data; CIS AWS has no TLS-policy requirement',
  'aws-eks-cluster-endpoint-not-public':
    'FSBP EKS.1 fails any public endpoint, while this rule accepts a public endpoint restricted to named CIDRs; mapping it would report EKS.1 as met when it is not',
  'aws-iam-role-trust-not-public':
    'no FSBP control or automated CIS AWS requirement covers role trust policies',
  'aws-iam-role-trust-requires-external-id':
    'no FSBP control covers cross-account trust; CIS AWS 2.21 (resource policies) is a manual requirement',
  'aws-iam-root-not-recently-used':
    'CIS AWS 2.7 (avoid root use) is a manual requirement; FSBP has no such control',
  'azure-authorization-owner-not-assigned-to-users':
    'the nearest CIS Azure requirements (5.3.4, 5.3.5) are manual',
  'azure-compute-disk-encrypted-with-cmk': CIS_AZURE_SPLIT,
  'azure-compute-disk-public-network-access-disabled': CIS_AZURE_SPLIT,
  'azure-compute-vm-encryption-at-host-enabled': CIS_AZURE_SPLIT,
  'azure-compute-vm-managed-disks-used': CIS_AZURE_SPLIT,
  'azure-compute-vm-no-public-ip': CIS_AZURE_SPLIT,
  'azure-sql-server-entra-admin-configured': CIS_AZURE_SPLIT,
  'azure-sql-server-min-tls-1-2': CIS_AZURE_SPLIT,
  'azure-sql-server-public-network-access-disabled': CIS_AZURE_SPLIT,
  'azure-network-nsg-no-public-database-ports':
    'CIS Azure networking requirements (7.1–7.4) name RDP, SSH, UDP and HTTP(S) only',
  'azure-storage-account-infrastructure-encryption-enabled':
    'CIS Azure 6.0 has no infrastructure-encryption requirement (the source data hints it at 9.3.1.1, which is key rotation reminders)',
  'gcp-compute-firewall-no-public-database-ports':
    'CIS GCP networking requirements (3.6, 3.7) name SSH and RDP only',
  'gcp-compute-subnetwork-private-google-access-enabled':
    'no CIS GCP 5.0 requirement asks for Private Google Access',
  'gcp-container-cluster-legacy-abac-disabled': NO_CIS_GKE,
  'gcp-container-cluster-master-authorized-networks-enabled': NO_CIS_GKE,
  'gcp-container-cluster-private-endpoint': NO_CIS_GKE,
  'gcp-iam-no-public-project-bindings': 'no CIS GCP 5.0 requirement covers public project IAM bindings',
  'gcp-storage-bucket-public-access-prevention-enforced':
    'CIS GCP 5.1 forbids public bindings, which a bucket can meet without enforcing public access prevention; mapping it would fail compliant buckets',
};
