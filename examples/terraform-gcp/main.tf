# Parapet IaC example (Google Cloud Terraform) — see examples/README.md.

resource "google_compute_firewall" "rdp" {
  name          = "allow-rdp"
  network       = "default"
  source_ranges = ["0.0.0.0/0"]

  allow {
    protocol = "tcp"
    ports    = ["3389"]
  }
}

# Hardened: SSH only through Identity-Aware Proxy.
resource "google_compute_firewall" "iap_ssh" {
  name          = "allow-ssh-from-iap"
  network       = "default"
  source_ranges = ["35.235.240.0/20"]

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}

resource "google_storage_bucket" "site" {
  name                        = "northwind-site"
  location                    = "EU"
  uniform_bucket_level_access = true
}

# Joined to the bucket above by reference: the bucket is public.
resource "google_storage_bucket_iam_member" "site_public" {
  bucket = google_storage_bucket.site.name
  role   = "roles/storage.objectViewer"
  member = "allUsers"
}
