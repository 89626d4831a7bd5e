import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-ec2-launch-template-no-public-ip',
  title: 'EC2 launch templates do not assign public IP addresses to network interfaces',
  description:
    'Every instance launched from a template whose network interface sets AssociatePublicIpAddress gets an ' +
    'internet-routable address, whatever subnet it lands in. Instances should reach the internet through ' +
    'load balancers or NAT, and get a public address only by an explicit decision.',
  severity: 'high',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['aws.ec2.launch-template'],
  messages: {
    publicIp:
      'Launch template {{name}} (version {{version}}) assigns a public IP to network interface {{device}}',
  },
  remediation: {
    text: 'Create a new template version whose network interfaces set AssociatePublicIpAddress to false, and make it the default.',
    cli:
      'aws ec2 create-launch-template-version --launch-template-id <lt-id> --source-version <version> ' +
      '--launch-template-data \'{"NetworkInterfaces":[{"DeviceIndex":0,"AssociatePublicIpAddress":false}]}\'\n' +
      'aws ec2 modify-launch-template --launch-template-id <lt-id> --default-version <new-version>',
    terraform:
      'resource "aws_launch_template" "this" {\n  # ...\n  network_interfaces {\n    associate_public_ip_address = false\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-launch-templates.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-25',
  ],
  check(template, ctx) {
    const nics = need(template.config, 'networkInterfaces');
    const open = nics.find((n) => n.associatePublicIpAddress === true);
    if (open === undefined) return ctx.pass({ networkInterfaces: nics });
    return ctx.fail(
      'publicIp',
      {
        name: template.name,
        version: (template.config.defaultVersion as string | null | undefined) ?? 'default',
        device: open.deviceIndex ?? 0,
      },
      { networkInterfaces: nics },
    );
  },
});
