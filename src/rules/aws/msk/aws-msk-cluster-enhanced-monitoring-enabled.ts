import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-msk-cluster-enhanced-monitoring-enabled',
  title: 'MSK clusters have enhanced monitoring configured',
  description:
    'At the DEFAULT monitoring level MSK publishes only cluster-wide metrics. Per-broker (or finer) metrics are what shows a broker under strain, an unusual client or a disk filling up in time to act.',
  severity: 'low',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['aws.msk.cluster'],
  messages: {
    default: 'MSK cluster {{name}} has only DEFAULT monitoring',
  },
  remediation: {
    text: 'Set enhanced monitoring to PER_BROKER or finer.',
    cli: 'aws kafka update-monitoring --cluster-arn <arn> --current-version <version> --enhanced-monitoring PER_BROKER',
    terraform: 'resource "aws_msk_cluster" "this" {\n  # ...\n  enhanced_monitoring = "PER_BROKER"\n}',
  },
  references: [
    'https://docs.aws.amazon.com/msk/latest/developerguide/metrics-details.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/msk-controls.html#msk-2',
  ],
  check(d, ctx) {
    const level = need(d.config, 'enhancedMonitoring');
    if (level !== 'DEFAULT') return ctx.pass({ enhancedMonitoring: level });
    return ctx.fail('default', { name: d.name });
  },
});
