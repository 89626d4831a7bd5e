/**
 * sqladmin.googleapis.com/Instance → gcp.sql.instance. Settings sit under `settings` (ipConfiguration,
 * backupConfiguration, databaseFlags, userLabels); a record without `settings` leaves them unknown.
 */
import { unknown } from '../../../../model/unknown.js';
import { gcpSqlInstance } from '../../../../inventory/gcp/sql.js';
import { isRecord } from '../../json-file.js';
import { flag, mapList, text } from './fields.js';
import { networkRef } from './compute.js';
import { labelsOf, mapperFields, type CaiMapper } from './types.js';

export const sqlInstanceMapper: CaiMapper = {
  ...mapperFields(gcpSqlInstance),
  fromData(data, { ctx, project }) {
    const settings = data.settings;
    const noSettings = unknown('the Cloud SQL record has no settings');
    const ip = isRecord(settings) ? settings.ipConfiguration : undefined;
    const noIp = unknown('the Cloud SQL record has no settings.ipConfiguration');
    const backup = isRecord(settings) ? settings.backupConfiguration : undefined;
    const privateNetwork = isRecord(ip) ? networkRef(ip.privateNetwork, project, ctx.projects) : undefined;
    return {
      config: {
        databaseVersion: data.databaseVersion ?? unknown('the Cloud SQL record has no databaseVersion'),
        instanceType: data.instanceType ?? unknown('the Cloud SQL record has no instanceType'),
        state: data.state ?? unknown('the Cloud SQL record has no state'),
        ipv4Enabled: isRecord(ip) ? flag(ip.ipv4Enabled) : noIp,
        privateNetwork: isRecord(ip) ? (privateNetwork ?? null) : noIp,
        authorizedNetworks: isRecord(ip)
          ? mapList(ip.authorizedNetworks, (n) => ({ value: n.value, name: text(n.name) }))
          : noIp,
        requireSsl: isRecord(ip) ? flag(ip.requireSsl) : noIp,
        sslMode: isRecord(ip) ? text(ip.sslMode) : noIp,
        backupEnabled: !isRecord(settings) ? noSettings : isRecord(backup) ? flag(backup.enabled) : false,
        pointInTimeRecoveryEnabled: !isRecord(settings)
          ? noSettings
          : isRecord(backup)
            ? backup.pointInTimeRecoveryEnabled === true || backup.binaryLogEnabled === true
            : false,
        databaseFlags: isRecord(settings)
          ? mapList(settings.databaseFlags, (f) => ({ name: f.name, value: f.value ?? '' }))
          : noSettings,
      },
      relations: privateNetwork === undefined ? [] : [{ kind: 'in-network', target: privateNetwork }],
      tags: labelsOf(isRecord(settings) ? settings.userLabels : undefined),
    };
  },
};
