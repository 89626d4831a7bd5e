import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-ec2-instance-not-paravirtual',
  title: 'EC2 instances do not use paravirtual virtualization',
  description:
    'Paravirtual (PV) instances run on previous-generation instance types and AMIs that no longer receive ' +
    'the security and performance work HVM instances get. Migrate them to HVM AMIs and current instance types.',
  severity: 'medium',
  category: 'compute',
  aspects: ['exposure'],
  assetTypes: ['aws.ec2.instance'],
  messages: {
    paravirtual: 'Instance {{name}} uses paravirtual virtualization',
  },
  remediation: {
    text: 'Relaunch the workload from an HVM AMI on a current-generation instance type, then terminate the paravirtual instance.',
  },
  references: [
    'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/virtualization_types.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-24',
  ],
  check(instance, ctx) {
    const type = need(instance.config, 'virtualizationType');
    if (type === 'paravirtual') return ctx.fail('paravirtual', { name: instance.name });
    return ctx.pass({ virtualizationType: type });
  },
});
