/** apikeys.googleapis.com/Key → gcp.apikeys.key: creation time, API targets, application restriction. */
import { gcpApiKey } from '../../../../inventory/gcp/apikeys.js';
import { unknown } from '../../../../model/unknown.js';
import { isRecord, str } from '../../json-file.js';
import { lastSegment } from '../names.js';
import { mapList, obj } from './fields.js';
import { mapperFields, type CaiMapper } from './types.js';

const APPLICATION_RESTRICTIONS: readonly [string, string][] = [
  ['browserKeyRestrictions', 'browser'],
  ['serverKeyRestrictions', 'server'],
  ['androidKeyRestrictions', 'android'],
  ['iosKeyRestrictions', 'ios'],
];

export const apiKeyMapper: CaiMapper = {
  ...mapperFields(gcpApiKey),
  fromData(data, { rec }) {
    const r = obj(data.restrictions);
    const applicationRestriction = APPLICATION_RESTRICTIONS.find(([k]) => isRecord(r[k]))?.[1] ?? null;
    return {
      config: {
        createTime: data.createTime ?? unknown('the API key record has no createTime'),
        apiTargets: mapList(r.apiTargets, (t) => t.service),
        applicationRestriction,
      },
      name: str(data.displayName) ?? lastSegment(rec.name),
    };
  },
};
