import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-ec2-instance-uses-iam-role',
  title: 'Running EC2 instances reach AWS through an IAM instance role',
  description:
    'An instance with an instance profile gets short-lived, automatically rotated credentials for its ' +
    'role. Without one, software on the instance that calls AWS needs long-term access keys stored on ' +
    'disk or in code, which leak and are rarely rotated.',
  severity: 'medium',
  category: 'identity',
  aspects: ['credentials'],
  assetTypes: ['aws.ec2.instance'],
  messages: {
    noRole: 'Instance {{name}} has no IAM instance profile',
  },
  remediation: {
    text: 'Create a role with the permissions the workload needs and attach it to the instance as an instance profile; then remove any access keys from the instance.',
    cli: 'aws ec2 associate-iam-instance-profile --instance-id <instance-id> --iam-instance-profile Name=<profile>',
    terraform:
      'resource "aws_instance" "this" {\n  # ...\n  iam_instance_profile = aws_iam_instance_profile.app.name\n}',
  },
  references: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/iam-roles-for-amazon-ec2.html'],
  check(instance, ctx) {
    const state = need(instance.config, 'state');
    if (state !== 'running' && state !== 'pending' && state !== 'stopped' && state !== 'stopping')
      return ctx.notApplicable(`instance is ${state}`);
    const profile = need(instance.config, 'iamInstanceProfileArn');
    if (profile === null) return ctx.fail('noRole', { name: instance.name });
    return ctx.pass({ iamInstanceProfileArn: profile });
  },
});
