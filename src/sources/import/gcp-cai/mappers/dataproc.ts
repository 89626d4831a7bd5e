/** dataproc.googleapis.com/Cluster → gcp.dataproc.cluster (persistent-disk CMEK). */
import { gcpDataprocCluster } from '../../../../inventory/gcp/dataproc.js';
import { str } from '../../json-file.js';
import { obj, text } from './fields.js';
import { mapperFields, type CaiMapper } from './types.js';

export const dataprocClusterMapper: CaiMapper = {
  ...mapperFields(gcpDataprocCluster),
  fromData(data) {
    return {
      config: { kmsKeyName: text(obj(obj(data.config).encryptionConfig).gcePdKmsKeyName) },
      ...(str(data.clusterName) === undefined ? {} : { name: str(data.clusterName) }),
    };
  },
};
