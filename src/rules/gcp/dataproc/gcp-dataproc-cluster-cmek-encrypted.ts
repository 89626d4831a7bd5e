import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'gcp-dataproc-cluster-cmek-encrypted',
  title: 'Dataproc clusters encrypt their disks with customer-managed keys',
  description:
    "A Dataproc cluster's persistent disks hold job data, shuffle files and HDFS blocks. A customer-managed Cloud " +
    'KMS key keeps that data under a key the organisation can rotate, audit and disable.',
  severity: 'low',
  category: 'encryption',
  aspects: ['encryption'],
  assetTypes: ['gcp.dataproc.cluster'],
  messages: {
    none: 'Dataproc cluster {{name}} does not encrypt its disks with a customer-managed key',
  },
  remediation: {
    text: 'Recreate the cluster with a Cloud KMS key for its persistent disks.',
    cli: 'gcloud dataproc clusters create <cluster> --region=<region> --gce-pd-kms-key=projects/<p>/locations/<l>/keyRings/<r>/cryptoKeys/<k>',
  },
  references: [
    'https://cloud.google.com/dataproc/docs/concepts/configuring-clusters/customer-managed-encryption',
  ],
  check(cluster, ctx) {
    const key = need(cluster.config, 'kmsKeyName');
    if (key !== null && key !== '') return ctx.pass({ kmsKeyName: key });
    return ctx.fail('none', { name: cluster.name });
  },
});
