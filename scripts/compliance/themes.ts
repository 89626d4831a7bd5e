/**
 * Control themes: groups of Parapet rules, across AWS, Azure and GCP, that together show one security
 * property (public storage is closed, data at rest is encrypted...). The compliance catalogs for NIST,
 * SOC 2, HIPAA, PCI DSS and GDPR map each requirement to themes, so a new rule joins every framework
 * through the theme it belongs to. Used only by `scripts/build-compliance-catalogs.ts`; the catalogs
 * it writes hold plain rule ids.
 */
export const THEMES = {
  /** Storage buckets and containers are not readable by the public. */
  'public-storage': [
    'aws-s3-account-public-access-blocked',
    'aws-s3-bucket-not-public',
    'aws-s3-bucket-public-access-blocked',
    'azure-storage-account-public-blob-access-disabled',
    'gcp-storage-bucket-not-public',
    'gcp-storage-bucket-public-access-prevention-enforced',
    'gcp-storage-bucket-uniform-access-enabled',
  ],
  /** Databases, their snapshots and keys are not reachable or shared publicly. */
  'public-data-services': [
    'aws-rds-instance-not-public',
    'aws-rds-snapshot-not-public',
    'aws-kms-key-not-public',
    'azure-sql-server-public-network-access-disabled',
    'azure-keyvault-vault-public-network-access-disabled',
    'gcp-sql-instance-no-public-ip',
    'gcp-sql-instance-no-public-authorized-networks',
  ],
  /** Administrative and database ports are not open to the internet. */
  'admin-ports': [
    'aws-ec2-security-group-no-public-all-ports',
    'aws-ec2-security-group-no-public-ssh',
    'aws-ec2-security-group-no-public-rdp',
    'aws-ec2-security-group-no-public-database-ports',
    'aws-ec2-security-group-no-public-kubernetes-api',
    'azure-network-nsg-no-public-ssh',
    'azure-network-nsg-no-public-rdp',
    'azure-network-nsg-no-public-udp',
    'azure-network-nsg-no-public-database-ports',
    'gcp-compute-firewall-no-public-ssh',
    'gcp-compute-firewall-no-public-rdp',
    'gcp-compute-firewall-no-public-database-ports',
  ],
  /** Networks are segmented: default networks unused, hosts and control planes kept private. */
  segmentation: [
    'aws-ec2-default-security-group-restricts-all',
    'aws-ec2-instance-no-public-ip',
    'aws-eks-cluster-endpoint-not-public',
    'azure-storage-account-default-network-deny',
    'azure-compute-vm-no-public-ip',
    'azure-compute-disk-public-network-access-disabled',
    'gcp-compute-network-not-default',
    'gcp-compute-network-not-legacy',
    'gcp-compute-instance-no-public-ip',
    'gcp-compute-instance-ip-forwarding-disabled',
    'gcp-compute-subnetwork-private-google-access-enabled',
    'gcp-container-cluster-private-endpoint',
    'gcp-container-cluster-master-authorized-networks-enabled',
  ],
  /** Stored data is encrypted. */
  'encryption-at-rest': [
    'aws-ec2-ebs-default-encryption-enabled',
    'aws-ec2-volume-encrypted',
    'aws-rds-instance-storage-encrypted',
    'aws-rds-snapshot-encrypted',
    'aws-s3-bucket-default-encryption-kms',
    'aws-eks-cluster-secrets-encrypted',
    'aws-cloudtrail-trail-kms-encrypted',
    'azure-compute-disk-encrypted-with-cmk',
    'azure-compute-vm-encryption-at-host-enabled',
    'azure-compute-vm-managed-disks-used',
    'azure-storage-account-infrastructure-encryption-enabled',
  ],
  /** Data in transit is encrypted with current TLS. */
  'encryption-in-transit': [
    'aws-s3-bucket-ssl-requests-only',
    'aws-elbv2-listener-redirects-http-to-https',
    'aws-elbv2-listener-modern-tls-policy',
    'azure-storage-account-secure-transfer-required',
    'azure-storage-account-min-tls-1-2',
    'azure-sql-server-min-tls-1-2',
    'gcp-sql-instance-ssl-required',
  ],
  /** Cryptographic keys are rotated, protected from deletion and governed by access control. */
  'key-management': [
    'aws-kms-key-rotation-enabled',
    'aws-kms-key-not-public',
    'azure-keyvault-vault-purge-protection-enabled',
    'azure-keyvault-vault-rbac-authorization-enabled',
    'gcp-iam-service-account-key-rotated',
    'gcp-iam-service-account-no-user-managed-keys',
  ],
  /** People sign in with a second factor. */
  mfa: ['aws-iam-root-mfa-enabled', 'aws-iam-user-console-mfa-enabled'],
  /** Passwords and long-lived keys are strong, rotated, and removed when unused; the root account is not used. */
  credentials: [
    'aws-iam-password-policy-min-length-14',
    'aws-iam-password-policy-prevents-reuse',
    'aws-iam-user-access-keys-rotated',
    'aws-iam-user-unused-credentials-disabled',
    'aws-iam-root-no-access-keys',
    'aws-iam-root-not-recently-used',
    'aws-rds-instance-iam-authentication-enabled',
    'azure-sql-server-entra-admin-configured',
    'azure-storage-account-shared-key-access-disabled',
    'gcp-iam-service-account-key-rotated',
    'gcp-iam-service-account-no-user-managed-keys',
    'gcp-compute-instance-project-ssh-keys-blocked',
  ],
  /** Accounts no longer needed are disabled. */
  'stale-access': [
    'aws-iam-user-unused-credentials-disabled',
    'aws-iam-user-access-keys-rotated',
    'gcp-iam-service-account-key-rotated',
  ],
  /** Access follows least privilege: no full administrators, no public or unchecked trust. */
  'least-privilege': [
    'aws-iam-policy-no-full-admin',
    'aws-iam-policy-no-wildcard-service-actions',
    'aws-iam-role-no-admin-access',
    'aws-iam-user-no-admin-access',
    'aws-iam-user-no-attached-policies',
    'aws-iam-role-trust-not-public',
    'aws-iam-role-trust-requires-external-id',
    'azure-authorization-subscription-owners-limited',
    'azure-authorization-owner-not-assigned-to-users',
    'azure-keyvault-vault-rbac-authorization-enabled',
    'gcp-iam-service-accounts-not-admin',
    'gcp-iam-no-project-level-service-account-user',
    'gcp-iam-no-public-project-bindings',
    'gcp-compute-instance-no-default-service-account',
    'gcp-compute-instance-no-default-service-account-full-access',
    'gcp-container-cluster-legacy-abac-disabled',
  ],
  /** Activity is recorded: API audit trails, network flows, DNS, access logs, control-plane logs. */
  'audit-logging': [
    'aws-cloudtrail-multi-region-trail-enabled',
    'aws-cloudtrail-trail-cloudwatch-logs-integrated',
    'aws-ec2-vpc-flow-logs-enabled',
    'aws-eks-cluster-control-plane-logging-enabled',
    'aws-elbv2-load-balancer-access-logs-enabled',
    'aws-s3-bucket-access-logging-enabled',
    'gcp-logging-audit-logs-enabled-for-all-services',
    'gcp-compute-subnetwork-flow-logs-enabled',
    'gcp-compute-network-dns-logging-enabled',
  ],
  /** Audit records are protected from tampering. */
  'log-integrity': [
    'aws-cloudtrail-trail-log-file-validation-enabled',
    'aws-cloudtrail-trail-kms-encrypted',
    'aws-s3-bucket-mfa-delete-enabled',
  ],
  /** Data can be recovered: backups, versions, replicas, protection from deletion. */
  recovery: [
    'aws-rds-instance-backups-enabled',
    'aws-rds-instance-multi-az-enabled',
    'aws-rds-instance-deletion-protection-enabled',
    'aws-s3-bucket-versioning-enabled',
    'aws-s3-bucket-mfa-delete-enabled',
    'aws-elbv2-load-balancer-deletion-protection-enabled',
    'azure-keyvault-vault-purge-protection-enabled',
    'gcp-sql-instance-backups-enabled',
  ],
  /** Hosts and services are hardened: metadata service, serial ports, boot integrity, header parsing. */
  hardening: [
    'aws-ec2-instance-imdsv2-required',
    'aws-elbv2-load-balancer-drops-invalid-headers',
    'gcp-compute-instance-serial-port-disabled',
    'gcp-compute-instance-shielded-vm-enabled',
    'gcp-compute-instance-ip-forwarding-disabled',
  ],
  /** Managed services take security patches. */
  patching: ['aws-rds-instance-auto-minor-upgrade-enabled'],
} as const satisfies Record<string, readonly string[]>;

export type Theme = keyof typeof THEMES;
