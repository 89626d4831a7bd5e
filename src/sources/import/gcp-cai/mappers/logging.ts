/**
 * logging.googleapis.com/LogSink → gcp.logging.sink, serviceusage.googleapis.com/Service →
 * gcp.serviceusage.service, compute.googleapis.com/BackendService → gcp.compute.backend-service.
 */
import { gcpBackendService } from '../../../../inventory/gcp/compute.js';
import { gcpLogSink, gcpService } from '../../../../inventory/gcp/logging.js';
import { unknown } from '../../../../model/unknown.js';
import { str } from '../../json-file.js';
import { lastSegment } from '../names.js';
import { flag, obj } from './fields.js';
import { mapperFields, type CaiMapper } from './types.js';

export const logSinkMapper: CaiMapper = {
  ...mapperFields(gcpLogSink),
  fromData(data) {
    return {
      config: {
        destination: data.destination ?? unknown('the sink record has no destination'),
        filter: data.filter ?? '',
        includeChildren: flag(data.includeChildren),
        disabled: flag(data.disabled),
      },
    };
  },
};

export const serviceMapper: CaiMapper = {
  ...mapperFields(gcpService),
  fromData(data, { rec }) {
    return {
      config: { state: data.state ?? unknown('the service record has no state') },
      name: lastSegment(str(data.name) ?? rec.name),
    };
  },
};

export const backendServiceMapper: CaiMapper = {
  ...mapperFields(gcpBackendService),
  fromData(data) {
    return {
      config: {
        protocol: data.protocol ?? 'HTTP',
        loadBalancingScheme: data.loadBalancingScheme ?? 'EXTERNAL',
        loggingEnabled: flag(obj(data.logConfig).enable),
      },
    };
  },
};
