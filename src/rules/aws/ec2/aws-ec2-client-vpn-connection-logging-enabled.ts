import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-ec2-client-vpn-connection-logging-enabled',
  title: 'Client VPN endpoints log client connections',
  description:
    'Connection logging records every connection attempt to a Client VPN endpoint (who, from where, when, ' +
    'and whether it succeeded) in CloudWatch Logs, which investigations of stolen VPN credentials need.',
  severity: 'low',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['aws.ec2.client-vpn-endpoint'],
  messages: {
    off: 'Client VPN endpoint {{name}} does not log client connections',
  },
  remediation: {
    text: 'Enable connection logging on the Client VPN endpoint, to a CloudWatch Logs log group.',
    cli: 'aws ec2 modify-client-vpn-endpoint --client-vpn-endpoint-id <endpoint-id> --connection-log-options Enabled=true,CloudwatchLogGroup=<log-group>',
    terraform:
      'resource "aws_ec2_client_vpn_endpoint" "this" {\n  # ...\n  connection_log_options {\n    enabled              = true\n    cloudwatch_log_group = aws_cloudwatch_log_group.vpn.name\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/vpn/latest/clientvpn-admin/connection-logging.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-51',
  ],
  check(endpoint, ctx) {
    if (need(endpoint.config, 'connectionLogEnabled')) return ctx.pass();
    return ctx.fail('off', { name: endpoint.name });
  },
});
