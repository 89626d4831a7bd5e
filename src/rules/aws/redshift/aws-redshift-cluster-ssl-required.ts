import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-redshift-cluster-ssl-required',
  title: 'Redshift clusters require encrypted (SSL/TLS) connections',
  description:
    'With `require_ssl` set to true in the cluster parameter group, Redshift refuses clients that do not ' +
    'connect over TLS, so queries, results and credentials cannot be read or altered on the network. The ' +
    'default parameter group leaves it false.',
  severity: 'medium',
  category: 'database',
  aspects: ['encryption'],
  assetTypes: ['aws.redshift.cluster'],
  messages: {
    off: 'Redshift cluster {{name}} accepts unencrypted connections (require_ssl is not true in its parameter group)',
  },
  remediation: {
    text: 'Use a custom cluster parameter group with require_ssl = true and reboot the cluster to apply it.',
    cli: 'aws redshift modify-cluster-parameter-group --parameter-group-name <group> --parameters ParameterName=require_ssl,ParameterValue=true',
    terraform:
      'resource "aws_redshift_parameter_group" "this" {\n  name   = "tls"\n  family = "redshift-1.0"\n  parameter {\n    name  = "require_ssl"\n    value = "true"\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/redshift/latest/mgmt/connecting-ssl-support.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html#redshift-2',
  ],
  check(cluster, ctx) {
    if (need(cluster.config, 'requireSsl')) return ctx.pass();
    return ctx.fail('off', { name: cluster.name });
  },
});
