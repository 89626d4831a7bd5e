variable "name" {
  type = string
}

variable "public" {
  type    = bool
  default = false
}

variable "environment" {
  type = string
}

resource "aws_db_instance" "this" {
  identifier                          = var.name
  engine                              = "postgres"
  instance_class                      = "db.t4g.micro"
  publicly_accessible                 = var.public
  storage_encrypted                   = true
  backup_retention_period             = 7
  # parapet:ignore aws-rds-instance-multi-az-enabled staging databases run in one zone by design
  multi_az                            = var.environment == "production"
  deletion_protection                 = true
  iam_database_authentication_enabled = true
  auto_minor_version_upgrade          = true
}

output "address" {
  value = aws_db_instance.this.address
}
