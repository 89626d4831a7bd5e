import { describe, expect, it } from 'vitest';
import { judge } from './testing/judge.js';

const SSH = 'gcp-compute-firewall-no-public-ssh';
const PUBLIC = 'gcp-storage-bucket-not-public';

const firewall = (sources: string, ports = '["22"]') => `variable "ports" {}
resource "google_compute_firewall" "fw" {
  name    = "allow-ssh"
  network = "default"
${sources}
  allow {
    protocol = "tcp"
    ports    = ${ports}
  }
}`;

describe('google_compute_firewall', () => {
  it('valid: SSH from a private range passes', async () => {
    expect(await judge(firewall('  source_ranges = ["10.0.0.0/8"]'), [SSH])).toEqual({
      [`google_compute_firewall.fw ${SSH}`]: 'pass main.tf:5',
    });
  });
  it('invalid: SSH from 0.0.0.0/0, and from no source at all (the API default is 0.0.0.0/0)', async () => {
    expect(await judge(firewall('  source_ranges = ["0.0.0.0/0"]'), [SSH])).toEqual({
      [`google_compute_firewall.fw ${SSH}`]: 'fail main.tf:5',
    });
    expect(await judge(firewall(''), [SSH])).toEqual({
      [`google_compute_firewall.fw ${SSH}`]: 'fail main.tf:6',
    });
    // Source tags alone restrict the rule to tagged instances: no world source.
    expect(await judge(firewall('  source_tags = ["bastion"]'), [SSH])).toEqual({
      [`google_compute_firewall.fw ${SSH}`]: 'pass main.tf:6',
    });
  });
  it('unknown: ports from a variable without a value', async () => {
    expect(await judge(firewall('  source_ranges = ["0.0.0.0/0"]', 'var.ports'), [SSH])).toEqual({
      [`google_compute_firewall.fw ${SSH}`]: 'error main.tf:6',
    });
  });
});

describe('google_storage_bucket (+ bucket IAM resources)', () => {
  const bucket = (extra = '') => `variable "members" {}
resource "google_storage_bucket" "data" {
  name     = "northwind-data"
  location = "EU"
${extra}
}
`;
  it('valid: no IAM resources, or only named principals, pass', async () => {
    expect(await judge(bucket(), [PUBLIC])).toEqual({
      [`google_storage_bucket.data ${PUBLIC}`]: 'pass main.tf:2',
    });
    const named = `${bucket()}
resource "google_storage_bucket_iam_binding" "readers" {
  bucket  = google_storage_bucket.data.name
  role    = "roles/storage.objectViewer"
  members = ["group:analysts@example.com"]
}`;
    expect(await judge(named, [PUBLIC])).toEqual({
      [`google_storage_bucket.data ${PUBLIC}`]: 'pass main.tf:11',
    });
  });
  it('invalid: an iam_member for allUsers joined by reference; enforced public access prevention passes it', async () => {
    const member = `
resource "google_storage_bucket_iam_member" "public" {
  bucket = google_storage_bucket.data.name
  role   = "roles/storage.objectViewer"
  member = "allUsers"
}`;
    expect(await judge(bucket() + member, [PUBLIC])).toEqual({
      [`google_storage_bucket.data ${PUBLIC}`]: 'fail main.tf:11',
    });
    expect(await judge(bucket('  public_access_prevention = "enforced"') + member, [PUBLIC])).toEqual({
      [`google_storage_bucket.data ${PUBLIC}`]: 'pass main.tf:5',
    });
  });
  it('invalid: IAM resources naming an undeclared bucket become that bucket', async () => {
    const got = await judge(
      `resource "google_storage_bucket_iam_member" "a" {
  bucket = "shared-bucket"
  role   = "roles/storage.admin"
  member = "user:jane@example.com"
}
resource "google_storage_bucket_iam_binding" "b" {
  bucket  = "shared-bucket"
  role    = "roles/storage.objectViewer"
  members = ["allAuthenticatedUsers"]
}`,
      [PUBLIC],
    );
    expect(got).toEqual({ [`google_storage_bucket_iam_binding.b ${PUBLIC}`]: 'fail main.tf:9' });
  });
  it('unknown: members from a variable without a value', async () => {
    const tf = `${bucket()}
resource "google_storage_bucket_iam_binding" "b" {
  bucket  = google_storage_bucket.data.name
  role    = "roles/storage.objectViewer"
  members = var.members
}`;
    expect(await judge(tf, [PUBLIC])).toEqual({
      [`google_storage_bucket.data ${PUBLIC}`]: 'error main.tf:11',
    });
  });
});
