import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-network-firewall-firewall-logging-enabled',
  title: 'Network Firewall firewalls have logging enabled',
  description:
    'Flow and alert logs are the only record of what a Network Firewall allowed, dropped or alerted on. ' +
    'Without them an intrusion or data exfiltration through the VPC boundary cannot be investigated.',
  severity: 'medium',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['aws.network-firewall.firewall'],
  messages: {
    off: 'Network Firewall {{name}} sends no flow, alert or TLS logs anywhere',
  },
  remediation: {
    text: 'Add a logging configuration that sends at least the alert and flow logs to S3, CloudWatch Logs or Kinesis Data Firehose.',
    cli: 'aws network-firewall update-logging-configuration --firewall-arn <firewall-arn> --logging-configuration file://logging.json',
    terraform:
      'resource "aws_networkfirewall_logging_configuration" "this" {\n  firewall_arn = aws_networkfirewall_firewall.this.arn\n  logging_configuration {\n    log_destination_config {\n      log_type             = "FLOW"\n      log_destination_type = "CloudWatchLogs"\n      log_destination      = { logGroup = "/network-firewall/flow" }\n    }\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/network-firewall/latest/developerguide/firewall-logging.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/networkfirewall-controls.html#networkfirewall-2',
  ],
  check(fw, ctx) {
    const types = need(fw.config, 'logTypes');
    if (types.length > 0) return ctx.pass({ logTypes: types });
    return ctx.fail('off', { name: fw.name });
  },
});
