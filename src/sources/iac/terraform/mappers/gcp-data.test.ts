import { describe, expect, it } from 'vitest';
import { judge } from './testing/judge.js';

const NETS = 'gcp-sql-instance-no-public-authorized-networks';
const BACKUP = 'gcp-sql-instance-backups-enabled';
const MAN = 'gcp-container-cluster-master-authorized-networks-enabled';
const ABAC = 'gcp-container-cluster-legacy-abac-disabled';

describe('google_sql_database_instance', () => {
  const sql = (ip: string, backup = 'true') => `variable "net" {}
resource "google_sql_database_instance" "db" {
  name             = "orders"
  database_version = "POSTGRES_15"
  settings {
    tier = "db-f1-micro"
    ip_configuration {
      ipv4_enabled = true
${ip}
    }
    backup_configuration {
      enabled = ${backup}
    }
  }
}`;
  const net = (cidr: string) => `      authorized_networks {
        name  = "n"
        value = ${cidr}
      }`;
  it('valid / invalid / unknown', async () => {
    expect(await judge(sql(net('"203.0.113.0/24"')), [NETS, BACKUP])).toEqual({
      [`google_sql_database_instance.db ${NETS}`]: 'pass main.tf:9',
      [`google_sql_database_instance.db ${BACKUP}`]: 'pass main.tf:15',
    });
    expect(await judge(sql(net('"0.0.0.0/0"'), 'false'), [NETS, BACKUP])).toEqual({
      [`google_sql_database_instance.db ${NETS}`]: 'fail main.tf:9',
      [`google_sql_database_instance.db ${BACKUP}`]: 'fail main.tf:15',
    });
    expect(await judge(sql(net('var.net')), [NETS])).toEqual({
      [`google_sql_database_instance.db ${NETS}`]: 'error main.tf:9',
    });
  });
});

describe('google_container_cluster', () => {
  const gke = (extra: string) => `variable "abac" {}
resource "google_container_cluster" "gke" {
  name     = "apps"
  location = "europe-west1"
${extra}
}`;
  it('valid / invalid / unknown', async () => {
    const man = `  master_authorized_networks_config {
    cidr_blocks {
      cidr_block = "10.0.0.0/8"
    }
  }`;
    expect(await judge(gke(man), [MAN, ABAC])).toEqual({
      [`google_container_cluster.gke ${MAN}`]: 'pass main.tf:5',
      [`google_container_cluster.gke ${ABAC}`]: 'pass main.tf:2',
    });
    expect(await judge(gke('  enable_legacy_abac = true'), [MAN, ABAC])).toEqual({
      [`google_container_cluster.gke ${MAN}`]: 'fail main.tf:2',
      [`google_container_cluster.gke ${ABAC}`]: 'fail main.tf:5',
    });
    expect(await judge(gke('  enable_legacy_abac = var.abac'), [ABAC])).toEqual({
      [`google_container_cluster.gke ${ABAC}`]: 'error main.tf:5',
    });
  });
});
