/**
 * microsoft.sql/servers. The Entra (Azure AD) admin is `properties.administrators` (the server's
 * external administrator), which ARM returns only when one is configured.
 */
import { isRecord, str } from '../../json-file.js';
import {
  armDetail,
  baseFromRow,
  configFromProperties,
  lowerText,
  mapKnown,
  mapList,
  pick,
  type FieldReaders,
  type RowMapper,
} from './types.js';

const MARKERS = ['state', 'fullyQualifiedDomainName', 'version'];

function entraAdmin(v: unknown): unknown {
  return mapKnown(v, (admin) => {
    if (!isRecord(admin)) return admin;
    return {
      login: admin.login,
      sid: str(admin.sid) ?? null,
      principalType: str(admin.principalType) ?? null,
      tenantId: str(admin.tenantId) ?? null,
    };
  });
}

const FIELDS: FieldReaders = {
  publicNetworkAccess: (p) => p.opt('publicNetworkAccess'),
  minimalTlsVersion: (p) => p.opt('minimalTlsVersion'),
  administratorLogin: (p) => p.opt('administratorLogin'),
  entraAdmin: (p) => entraAdmin(p.opt('administrators')),
  entraOnlyAuthentication: (p) =>
    mapKnown(p.opt('administrators'), (admin) =>
      isRecord(admin) ? (admin.azureADOnlyAuthentication ?? null) : null,
    ),
  version: (p) => p.opt('version'),
};

export const mapSqlServer: RowMapper = (row, source) => {
  const config = {
    ...configFromProperties(row, MARKERS, FIELDS),
    firewallRules: mapList(armDetail(row, 'firewallRules', 'SQL firewall rules'), (r) => ({
      name: pick(r, 'name'),
      start: pick(r, 'properties', 'startIpAddress'),
      end: pick(r, 'properties', 'endIpAddress'),
    })),
    auditing: mapKnown(armDetail(row, 'auditingSettings', 'SQL auditing settings'), (body) => ({
      enabled: lowerText(pick(body, 'properties', 'state')) === 'enabled',
      retentionDays: pick(body, 'properties', 'retentionDays') ?? null,
    })),
    databases: mapList(armDetail(row, 'databases', 'SQL databases'), (db) => ({
      name: pick(db, 'name'),
      tdeState: pick(db, 'transparentDataEncryption', 'properties', 'state') ?? null,
    })),
  };
  return [{ type: 'azure.sql.server', candidate: { ...baseFromRow(row, source), config } }];
};
