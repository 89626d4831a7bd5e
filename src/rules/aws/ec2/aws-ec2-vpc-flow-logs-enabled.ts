import { defineRule, known, need } from '../../api.js';
import type { AssetOf } from '../../../inventory/types.js';
import { isUnknown } from '../../../model/unknown.js';

/** Traffic types that include rejected traffic, which is what investigations need most. */
const CAPTURES_REJECTS = new Set(['ALL', 'REJECT']);

export const rule = defineRule({
  id: 'aws-ec2-vpc-flow-logs-enabled',
  title: 'VPCs have flow logs that capture rejected traffic',
  description:
    'VPC flow logs record the connections made to and from network interfaces in the VPC. Without them, ' +
    'scanning, lateral movement and exfiltration leave no network trace to detect or investigate. The flow ' +
    'log must capture rejected traffic (type ALL or REJECT).',
  severity: 'medium',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['aws.ec2.vpc'],
  requires: ['aws.ec2.flow-log'],
  messages: {
    none: 'VPC {{name}} has no flow log',
    acceptOnly: 'VPC {{name}} flow log {{flowLog}} captures only accepted traffic, not rejected traffic',
    inactive: 'VPC {{name}} flow log {{flowLog}} is {{status}}, not ACTIVE',
  },
  remediation: {
    text: 'Create a flow log for the VPC with traffic type ALL (or at least REJECT), delivered to CloudWatch Logs or S3.',
    cli: 'aws ec2 create-flow-logs --resource-type VPC --resource-ids <vpc-id> --traffic-type ALL --log-destination-type s3 --log-destination arn:aws:s3:::<bucket>',
    terraform:
      'resource "aws_flow_log" "this" {\n  vpc_id               = aws_vpc.this.id\n  traffic_type         = "ALL"\n  log_destination_type = "s3"\n  log_destination      = aws_s3_bucket.flow_logs.arn\n}',
  },
  references: [
    'https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-6',
  ],
  check(vpc, ctx) {
    const vpcId = need(vpc.config, 'vpcId');
    const candidates = ctx.assets('aws.ec2.flow-log', { account: vpc.account, region: vpc.region });
    const logsThisVpc = (fl: AssetOf<'aws.ec2.flow-log'>): boolean | undefined => {
      if (fl.relations.some((r) => r.kind === 'logs' && r.target === vpc.uid)) return true;
      const resourceId = fl.config.resourceId;
      return isUnknown(resourceId) ? undefined : resourceId === vpcId;
    };
    const mine = candidates.filter((fl) => logsThisVpc(fl) === true);
    const qualifying = mine.filter(
      (fl) =>
        fl.config.status === 'ACTIVE' &&
        typeof fl.config.trafficType === 'string' &&
        CAPTURES_REJECTS.has(fl.config.trafficType),
    );
    if (qualifying[0] !== undefined) return ctx.pass({ flowLogs: qualifying.map((fl) => fl.uid) });
    // Nothing settles it yet: a flow log whose target, status or traffic type is unknown might.
    const undecided = candidates.find((fl) => logsThisVpc(fl) === undefined);
    if (undecided !== undefined) known(undecided.config.resourceId, `flow log ${undecided.name} resourceId`);
    for (const fl of mine) {
      known(fl.config.status, `flow log ${fl.name} status`);
      known(fl.config.trafficType, `flow log ${fl.name} trafficType`);
    }
    const inactive = mine.find((fl) => fl.config.status !== 'ACTIVE');
    const acceptOnly = mine.find((fl) => fl.config.status === 'ACTIVE');
    if (acceptOnly !== undefined) {
      return ctx.fail(
        'acceptOnly',
        { name: vpc.name, flowLog: acceptOnly.name },
        { flowLog: acceptOnly.config },
      );
    }
    if (inactive !== undefined) {
      return ctx.fail(
        'inactive',
        {
          name: vpc.name,
          flowLog: inactive.name,
          status: known(inactive.config.status, `flow log ${inactive.name} status`),
        },
        { flowLog: inactive.config },
      );
    }
    // "No flow log" is only a finding when the source records flow logs here (recorder item or one seen).
    if (!ctx.covered('aws.ec2.flow-log', { account: vpc.account, region: vpc.region })) {
      return ctx.unknown(
        'flow logs',
        `the sources do not show whether flow logs are recorded in ${vpc.account}/${vpc.region} ` +
          '(no flow log there, and no AWS Config recorder item saying AWS::EC2::FlowLog is recorded)',
      );
    }
    return ctx.fail('none', { name: vpc.name });
  },
});
