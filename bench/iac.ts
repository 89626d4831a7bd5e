/**
 * The IaC benchmark case: a generated Terraform tree of 10,000 resources in 1,000 files (a root module
 * with variables and `count`, calling a local module with 500 files of its own), assessed by the real
 * `parapet iac` in a fresh process: files per second, resources per second and peak RSS.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const IAC_GENERATOR_VERSION = 1;

/** Ten resources per file, in five shapes the mappers and rules read; every third bucket is left open. */
function fileText(prefix: string, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < 2; i++) {
    const id = `${prefix}_${n}_${i}`;
    out.push(
      `resource "aws_s3_bucket" "b_${id}" {\n  count  = var.replicas\n  bucket = "\${local.prefix}-${id}-\${count.index}"\n${(n + i) % 3 === 0 ? '  acl    = "public-read"\n' : ''}  tags   = merge(local.tags, { Name = "${id}" })\n}\n`,
      `resource "aws_s3_bucket_public_access_block" "p_${id}" {\n  count                   = var.replicas\n  bucket                  = aws_s3_bucket.b_${id}[count.index].id\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}\n`,
      `resource "aws_security_group" "sg_${id}" {\n  name = "sg-${id}"\n  dynamic "ingress" {\n    for_each = var.ports\n    content {\n      from_port   = ingress.value\n      to_port     = ingress.value\n      protocol    = "tcp"\n      cidr_blocks = [cidrsubnet(var.cidr, 8, ${n % 256})]\n    }\n  }\n}\n`,
      `resource "aws_ebs_volume" "v_${id}" {\n  availability_zone = "eu-west-1a"\n  size              = 10\n  encrypted         = ${(n + i) % 2 === 0 ? 'true' : 'var.encrypt'}\n}\n`,
      `resource "aws_db_instance" "db_${id}" {\n  identifier          = "db-${id}"\n  engine              = "postgres"\n  publicly_accessible = false\n  storage_encrypted   = true\n}\n`,
    );
  }
  return out.join('\n');
}

const VARIABLES = `variable "replicas" {\n  type    = number\n  default = 1\n}\nvariable "ports" {\n  default = [22, 443]\n}\nvariable "cidr" {\n  default = "10.0.0.0/8"\n}\nvariable "encrypt" {\n  type    = bool\n  default = false\n}\nlocals {\n  prefix = "bench"\n  tags   = { team = "bench" }\n}\n`;

/** Write the tree (1,000 resource files + variables) unless it is there already. */
export function writeTerraformTree(dir: string): string {
  const root = join(dir, `iac-tree-v${IAC_GENERATOR_VERSION}`);
  if (existsSync(join(root, 'done'))) return root;
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'modules', 'service'), { recursive: true });
  writeFileSync(join(root, 'variables.tf'), VARIABLES);
  writeFileSync(join(root, 'modules', 'service', 'variables.tf'), VARIABLES);
  writeFileSync(
    join(root, 'service.tf'),
    'module "service" {\n  source   = "./modules/service"\n  replicas = var.replicas\n}\n',
  );
  for (let n = 0; n < 500; n++) {
    writeFileSync(join(root, `r${String(n).padStart(3, '0')}.tf`), fileText('r', n));
    writeFileSync(join(root, 'modules', 'service', `s${String(n).padStart(3, '0')}.tf`), fileText('s', n));
  }
  writeFileSync(join(root, 'done'), '');
  return root;
}

export interface IacBench {
  files: number;
  resources: number;
  seconds: number;
  filesPerSecond: number;
  resourcesPerSecond: number;
  peakRssMb: number;
}

/** Run `parapet iac <tree> --format json` in a fresh process and measure it. */
export function benchIac(outDir: string): IacBench {
  const tree = writeTerraformTree(outDir);
  const out = execFileSync(process.execPath, [join(import.meta.dirname, 'iac-child.mjs'), tree], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 20,
  });
  const m = JSON.parse(out.trim().split('\n').pop()!) as {
    ms: number;
    maxRssMb: number;
    files: number;
    assets: number;
  };
  return {
    files: m.files,
    resources: m.assets,
    seconds: +(m.ms / 1000).toFixed(2),
    filesPerSecond: Math.round(m.files / (m.ms / 1000)),
    resourcesPerSecond: Math.round(m.assets / (m.ms / 1000)),
    peakRssMb: Math.round(m.maxRssMb),
  };
}
