# Parapet IaC example: what `parapet iac examples/` flags, and what it does not.
# Every expected finding is listed in examples/README.md and checked by src/cli/iac.test.ts.

provider "aws" {
  region = "eu-west-1"
}

variable "environment" {
  type    = string
  default = "staging"
}

variable "ssh_source" {
  description = "Who may reach the bastion over SSH"
  type        = string
  default     = "0.0.0.0/0"
}

variable "volume_encrypted" {
  description = "No default and no tfvars: unknown before apply"
  type        = bool
}

locals {
  prefix = "northwind-${var.environment}"
  admin_ports = {
    ssh = 22
    rdp = 3389
  }
}

# A bucket hardened through the AWS provider's separate resources: no exposure finding.
resource "aws_s3_bucket" "reports" {
  bucket = "${local.prefix}-reports"
}

resource "aws_s3_bucket_public_access_block" "reports" {
  bucket                  = aws_s3_bucket.reports.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "reports" {
  bucket = aws_s3_bucket.reports.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = "arn:aws:kms:eu-west-1:111122223333:key/reports"
    }
  }
}

resource "aws_s3_bucket_versioning" "reports" {
  bucket = aws_s3_bucket.reports.id
  versioning_configuration {
    status     = "Enabled"
    mfa_delete = "Enabled"
  }
}

resource "aws_s3_bucket_logging" "reports" {
  bucket        = aws_s3_bucket.reports.id
  target_bucket = "northwind-access-logs"
  target_prefix = "reports/"
}

resource "aws_s3_bucket_policy" "reports" {
  bucket = aws_s3_bucket.reports.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "DenyInsecureTransport"
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = ["arn:aws:s3:::${local.prefix}-reports", "arn:aws:s3:::${local.prefix}-reports/*"]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}

# A bucket left open: public-read ACL and no public access block.
resource "aws_s3_bucket" "website" {
  bucket = "${local.prefix}-website"
  acl    = "public-read"
}

# Admin ports open to the world, one security group per port (for_each), through a dynamic block.
resource "aws_security_group" "admin" {
  for_each    = local.admin_ports
  name        = "${local.prefix}-${each.key}"
  description = "admin access"

  dynamic "ingress" {
    for_each = [each.value]
    content {
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = [var.ssh_source]
    }
  }
}

# Encryption depends on a variable with no value: the result is unknown, not pass and not fail.
resource "aws_ebs_volume" "scratch" {
  availability_zone = "eu-west-1a"
  size              = 50
  encrypted         = var.volume_encrypted
}

module "orders_db" {
  source      = "./modules/database"
  name        = "${local.prefix}-orders"
  public      = true
  environment = var.environment
}

# Registry modules are not downloaded: reported as not assessed.
module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.0.0"
}

# Data management for the hardened bucket (FSBP S3.7, S3.10, S3.11, S3.13), joined by reference.
resource "aws_s3_bucket_lifecycle_configuration" "reports" {
  bucket = aws_s3_bucket.reports.id
  rule {
    id     = "expire-old-versions"
    status = "Enabled"
    filter {}
    noncurrent_version_expiration {
      noncurrent_days = 90
    }
  }
}

resource "aws_s3_bucket_notification" "reports" {
  bucket      = aws_s3_bucket.reports.id
  eventbridge = true
}

resource "aws_s3_bucket_replication_configuration" "reports" {
  bucket = aws_s3_bucket.reports.id
  role   = "arn:aws:iam::111122223333:role/s3-replication"
  rule {
    id     = "to-us-east-1"
    status = "Enabled"
    destination {
      bucket = "arn:aws:s3:::northwind-reports-replica-us-east-1"
    }
  }
}
