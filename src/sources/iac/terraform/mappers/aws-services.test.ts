import { describe, expect, it } from 'vitest';
import { judge } from './testing/judge.js';

const ROTATION = 'aws-kms-key-rotation-enabled';
const KMS_PUBLIC = 'aws-kms-key-not-public';
const EKS = 'aws-eks-cluster-endpoint-not-public';
const LOGS = 'aws-elbv2-load-balancer-access-logs-enabled';
const REDIRECT = 'aws-elbv2-listener-redirects-http-to-https';

describe('aws_kms_key', () => {
  it('valid / invalid / unknown rotation, and a public key policy', async () => {
    const got = await judge(
      `variable "rotate" {}
resource "aws_kms_key" "good" {
  description         = "good"
  enable_key_rotation = true
}
resource "aws_kms_key" "norotate" {
  description = "norotate"
}
resource "aws_kms_key" "fromvar" {
  description         = "fromvar"
  enable_key_rotation = var.rotate
}
resource "aws_kms_key" "public" {
  description         = "public"
  enable_key_rotation = true
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = "*", Action = "kms:Decrypt", Resource = "*" }] })
}`,
      [ROTATION, KMS_PUBLIC],
    );
    expect(got).toMatchObject({
      [`aws_kms_key.good ${ROTATION}`]: 'pass main.tf:4',
      [`aws_kms_key.norotate ${ROTATION}`]: 'fail main.tf:6',
      [`aws_kms_key.fromvar ${ROTATION}`]: 'error main.tf:11',
      [`aws_kms_key.public ${KMS_PUBLIC}`]: 'fail main.tf:16',
      [`aws_kms_key.good ${KMS_PUBLIC}`]: 'pass main.tf:2',
    });
  });
});

describe('aws_eks_cluster', () => {
  const cluster = (vpc: string) => `variable "public" {}
resource "aws_eks_cluster" "c" {
  name     = "c"
  role_arn = "arn:aws:iam::111122223333:role/eks"
  vpc_config {
    subnet_ids = ["subnet-1", "subnet-2"]
${vpc}
  }
}`;
  it('valid: private endpoint; invalid: the default public endpoint; unknown: from a variable', async () => {
    expect(await judge(cluster('    endpoint_public_access = false'), [EKS])).toEqual({
      [`aws_eks_cluster.c ${EKS}`]: 'pass main.tf:7',
    });
    expect(await judge(cluster(''), [EKS])).toEqual({ [`aws_eks_cluster.c ${EKS}`]: 'fail main.tf:5' });
    expect(await judge(cluster('    endpoint_public_access = var.public'), [EKS])).toEqual({
      [`aws_eks_cluster.c ${EKS}`]: 'error main.tf:7',
    });
  });
});

describe('aws_lb and aws_lb_listener', () => {
  it('access logs and HTTP → HTTPS redirects, with the listener joined to its load balancer by uid', async () => {
    const got = await judge(
      `variable "bucket" {}
resource "aws_lb" "web" {
  name               = "web"
  load_balancer_type = "application"
  access_logs {
    bucket  = "northwind-lb-logs"
    enabled = true
  }
}
resource "aws_lb" "nologs" {
  name = "nologs"
}
resource "aws_lb" "fromvar" {
  name = "fromvar"
  access_logs {
    bucket  = var.bucket
    enabled = var.bucket != ""
  }
}
resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP"
  default_action {
    type = "redirect"
    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
}
resource "aws_lb_listener" "plain" {
  load_balancer_arn = aws_lb.web.arn
  port              = 8080
  protocol          = "HTTP"
  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/web/1"
  }
}`,
      [LOGS, REDIRECT],
    );
    expect(got).toEqual({
      [`aws_lb.web ${LOGS}`]: 'pass main.tf:7',
      [`aws_lb.nologs ${LOGS}`]: 'fail main.tf:10',
      [`aws_lb.fromvar ${LOGS}`]: 'error main.tf:17',
      [`aws_lb_listener.http ${REDIRECT}`]: 'pass main.tf:24',
      [`aws_lb_listener.plain ${REDIRECT}`]: 'fail main.tf:37',
    });
  });
});
