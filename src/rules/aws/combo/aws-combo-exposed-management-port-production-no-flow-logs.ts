import { defineRule } from '../../api.js';
import {
  comboEvidence,
  failedComponents,
  isProduction,
  managementPorts,
  relatedUids,
} from '../../combination.js';

export const rule = defineRule({
  id: 'aws-combo-exposed-management-port-production-no-flow-logs',
  title: 'No production host exposes a management port to the internet in a VPC without flow logs',
  description:
    'A toxic combination: a production EC2 instance reachable from the internet on SSH (22) or RDP (3389), in a ' +
    'VPC whose flow logs are off. Management ports draw constant brute-force traffic; without flow logs, an ' +
    'intrusion through them leaves no network record to investigate.',
  severity: 'critical',
  category: 'network',
  aspects: ['exposure', 'logging'],
  assetTypes: ['aws.ec2.instance'],
  combination: {
    components: [
      'aws-ec2-vpc-flow-logs-enabled',
      'aws-ec2-security-group-no-public-ssh',
      'aws-ec2-security-group-no-public-rdp',
      'aws-ec2-security-group-no-public-all-ports',
      'aws-ec2-instance-no-public-ip',
    ],
  },
  messages: {
    toxic: 'Production host {{name}} exposes port {{ports}} ({{path}}) and its VPC has no flow logs',
  },
  remediation: {
    text:
      'Close SSH/RDP to the internet (use Session Manager or a bastion behind a VPN) and turn on VPC flow logs ' +
      'for the VPC.',
    cli: 'aws ec2 create-flow-logs --resource-type VPC --resource-ids <vpc-id> --traffic-type ALL --log-destination-type s3 --log-destination <bucket-arn>',
  },
  check(instance, ctx) {
    const f = ctx.facts(instance);
    const ports = managementPorts(f);
    if (f.exposure === undefined || ports.length === 0 || !isProduction(f)) return ctx.pass();
    const vpc = relatedUids(instance, 'in-vpc')[0];
    const noFlowLogs = vpc === undefined ? undefined : ctx.failed('aws-ec2-vpc-flow-logs-enabled', vpc);
    if (noFlowLogs === undefined) return ctx.pass();
    const components = failedComponents(ctx, [
      ['aws-ec2-vpc-flow-logs-enabled', vpc],
      ['aws-ec2-instance-no-public-ip', instance.uid],
      ...relatedUids(instance, 'uses-security-group').flatMap(
        (sg) =>
          [
            ['aws-ec2-security-group-no-public-ssh', sg],
            ['aws-ec2-security-group-no-public-rdp', sg],
            ['aws-ec2-security-group-no-public-all-ports', sg],
          ] as const,
      ),
    ]);
    return ctx.fail(
      'toxic',
      { name: instance.name, ports: ports.join(', '), path: f.exposure.text },
      comboEvidence(components, f),
    );
  },
});
