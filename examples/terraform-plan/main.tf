# Parapet IaC example of a Terraform plan, made here with
#   terraform plan -out plan.out && terraform show -json plan.out > plan.json
# `parapet iac` reads plan.json; findings point at the blocks below (the plan's configuration names
# each resource and module call, Parapet finds their lines). See examples/README.md.

provider "aws" {
  region = "eu-west-1"
}

variable "web_ports" {
  type    = list(number)
  default = [443, 22]
}

resource "aws_vpc" "main" {
  cidr_block                       = "10.20.0.0/16"
  assign_generated_ipv6_cidr_block = true
}

# One group per port (count): web[1] opens SSH to the world.
resource "aws_security_group" "web" {
  count  = length(var.web_ports)
  name   = "plan-web-${count.index}"
  vpc_id = aws_vpc.main.id

  ingress {
    from_port   = var.web_ports[count.index]
    to_port     = var.web_ports[count.index]
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# SSH from the VPC's IPv6 range, which AWS assigns at apply: unknown, not pass and not fail.
resource "aws_security_group" "internal" {
  name   = "plan-internal"
  vpc_id = aws_vpc.main.id
}

resource "aws_security_group_rule" "internal_ssh" {
  type              = "ingress"
  security_group_id = aws_security_group.internal.id
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  ipv6_cidr_blocks  = [aws_vpc.main.ipv6_cidr_block]
}

# Buckets hardened through separate resources (for_each over the buckets): no finding. The bucket
# ids are known only after apply; the plan's configuration says which bucket each setting is for.
resource "aws_s3_bucket" "archive" {
  for_each = toset(["eu", "us"])
  bucket   = "northwind-plan-archive-${each.key}"
}

resource "aws_s3_bucket_public_access_block" "archive" {
  for_each                = aws_s3_bucket.archive
  bucket                  = each.value.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "archive" {
  for_each = aws_s3_bucket.archive
  bucket   = each.value.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = "arn:aws:kms:eu-west-1:111122223333:key/archive"
    }
  }
}

resource "aws_s3_bucket_versioning" "archive" {
  for_each = aws_s3_bucket.archive
  bucket   = each.value.id
  versioning_configuration {
    status     = "Enabled"
    mfa_delete = "Enabled"
  }
}

resource "aws_s3_bucket_logging" "archive" {
  for_each      = aws_s3_bucket.archive
  bucket        = each.value.id
  target_bucket = "northwind-access-logs"
  target_prefix = "archive/${each.key}/"
}

resource "aws_s3_bucket_policy" "archive" {
  for_each = aws_s3_bucket.archive
  bucket   = each.value.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "DenyInsecureTransport"
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = ["arn:aws:s3:::northwind-plan-archive-${each.key}", "arn:aws:s3:::northwind-plan-archive-${each.key}/*"]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}

# One database per team (module for_each); only "orders" is public.
module "db" {
  source   = "./modules/database"
  for_each = { orders = true, billing = false }
  name     = "plan-${each.key}"
  public   = each.value
}

# A registry module: the plan holds its resources, so they are assessed (pointing at this block).
module "bastion" {
  source  = "northwind/bastion/aws"
  version = "1.2.0"
}
