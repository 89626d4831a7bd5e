/**
 * Azure compute: virtual machines (network interfaces, disks, host encryption, Trusted Launch,
 * identity) and managed disks (encryption, network access, attachment). A VM's public IP is not part
 * of the VM record; `publicIpsOfVm` finds it through the VM's NICs.
 */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';
import { nicOfIpConfiguration } from './network.js';

export const vmDiskSchema = z.object({
  name: z.string(),
  role: z.enum(['os', 'data']),
  /** True for a managed disk; false for an unmanaged VHD in a storage account. */
  managed: z.boolean(),
  /** The managed disk's id (lower case); null for an unmanaged disk. */
  diskId: z.string().nullable(),
  /** The VHD's URI for an unmanaged disk; null for a managed one. */
  vhdUri: z.string().nullable(),
});

export const managedIdentitySchema = z.object({
  /** `SystemAssigned`, `UserAssigned` or `SystemAssigned, UserAssigned`. */
  type: z.string(),
  /** The system-assigned identity's object id, when there is one. */
  principalId: z.string().nullable(),
  /** User-assigned identity ids (lower case). */
  userAssignedIdentities: z.array(z.string()),
});

export const virtualMachine = defineAssetType({
  type: 'azure.compute.virtual-machine',
  provider: 'azure',
  title: 'Virtual machine',
  config: z.object({
    vmSize: maybe(z.string().nullable()),
    /** `Linux` or `Windows`; null when the record does not say. */
    osType: maybe(z.string().nullable()),
    /** Network interface ids (lower case). */
    networkInterfaceIds: maybe(z.array(z.string())),
    /** OS and data disks. */
    disks: maybe(z.array(vmDiskSchema)),
    /** The OS disk's managed disk id (lower case); null for an unmanaged OS disk. */
    osDiskId: maybe(z.string().nullable()),
    /** Host-based encryption of temp disks and caches; null when not set (off). */
    encryptionAtHost: maybe(z.boolean().nullable()),
    /** `TrustedLaunch`, `ConfidentialVM`; null when not set (a standard VM). */
    securityType: maybe(z.string().nullable()),
    secureBootEnabled: maybe(z.boolean().nullable()),
    vTpmEnabled: maybe(z.boolean().nullable()),
    /** Managed identity; null when the VM has none. */
    identity: maybe(managedIdentitySchema.nullable()),
    /** Linux VMs only: password sign-in disabled (SSH keys only); null for Windows or when not recorded. */
    passwordAuthenticationDisabled: maybe(z.boolean().nullable()),
    /** e.g. `PowerState/running`, `PowerState/deallocated`; null when the record has no instance view. */
    powerState: maybe(z.string().nullable()),
  }),
});

export const managedDisk = defineAssetType({
  type: 'azure.compute.disk',
  provider: 'azure',
  title: 'Managed disk',
  config: z.object({
    /**
     * `EncryptionAtRestWithPlatformKey`, `EncryptionAtRestWithCustomerKey` or
     * `EncryptionAtRestWithPlatformAndCustomerKeys`; null when not recorded (platform keys then apply).
     */
    encryptionType: maybe(z.string().nullable()),
    /** The disk encryption set holding the customer key (lower case); null when none. */
    diskEncryptionSetId: maybe(z.string().nullable()),
    /** `AllowAll`, `AllowPrivate` or `DenyAll`; null when not set (AllowAll). */
    networkAccessPolicy: maybe(z.string().nullable()),
    /** `Enabled` or `Disabled`; null when not set. */
    publicNetworkAccess: maybe(z.string().nullable()),
    /** The VM it is attached to (lower case); null when unattached. */
    managedBy: maybe(z.string().nullable()),
    /** `Attached`, `Unattached`, `Reserved`, `ActiveSAS`, ... */
    diskState: maybe(z.string().nullable()),
    /** Azure Disk Encryption (in-guest BitLocker/dm-crypt) settings are on. */
    azureDiskEncryption: maybe(z.boolean()),
    osType: maybe(z.string().nullable()),
    sizeGb: maybe(z.number().nullable()),
  }),
});

/** The minimal view of a public IP `publicIpsOfVm` needs (any `azure.network.public-ip` asset fits). */
export interface PublicIpLike {
  uid: string;
  name: string;
  config: { ipConfigurationId: unknown; ipAddress: unknown };
}

/**
 * The public IPs bound to one of a VM's NICs: a NIC-bound public IP's IP configuration id is
 * `<nic id>/ipconfigurations/<name>`. Public IPs whose binding is unknown are returned separately so
 * the caller can decide (a rule reports them as unknown rather than passing).
 * @example publicIpsOfVm(['/subscriptions/s/.../networkinterfaces/nic1'], publicIps).bound
 */
export function publicIpsOfVm<P extends PublicIpLike>(
  nicIds: readonly string[],
  publicIps: readonly P[],
): { bound: P[]; unknownBinding: P[] } {
  const nics = new Set(nicIds.map((n) => n.toLowerCase()));
  const bound: P[] = [];
  const unknownBinding: P[] = [];
  for (const ip of publicIps) {
    const cfg = ip.config.ipConfigurationId;
    if (typeof cfg === 'string') {
      const nic = nicOfIpConfiguration(cfg);
      if (nic !== undefined && nics.has(nic)) bound.push(ip);
    } else if (cfg !== null) unknownBinding.push(ip);
  }
  return { bound, unknownBinding };
}
