variable "name" {
  type = string
}

variable "public" {
  type = bool
}

resource "aws_db_instance" "this" {
  identifier                          = var.name
  engine                              = "postgres"
  instance_class                      = "db.t4g.micro"
  publicly_accessible                 = var.public
  storage_encrypted                   = true
  backup_retention_period             = 7
  multi_az                            = true
  deletion_protection                 = true
  iam_database_authentication_enabled = true
  auto_minor_version_upgrade          = true
}
