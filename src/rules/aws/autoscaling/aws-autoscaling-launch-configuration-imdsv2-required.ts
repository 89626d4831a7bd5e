import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-autoscaling-launch-configuration-imdsv2-required',
  title: 'Auto Scaling launch configurations require IMDSv2',
  description:
    'Instances launched with IMDSv1 allowed answer plain GET requests for their role credentials, which a ' +
    'server-side request forgery in the application can make. Requiring session tokens (IMDSv2) blocks ' +
    'that path for every instance the group launches.',
  severity: 'high',
  category: 'compute',
  aspects: ['credentials'],
  assetTypes: ['aws.autoscaling.launch-configuration'],
  messages: { optional: 'Launch configuration {{name}} allows IMDSv1 (http tokens {{tokens}})' },
  remediation: {
    text: 'Create a launch configuration (better, a launch template) with metadata http tokens set to required and switch the group to it.',
    cli: 'aws autoscaling create-launch-configuration --launch-configuration-name <new> --metadata-options HttpTokens=required,HttpEndpoint=enabled ...',
    terraform:
      'resource "aws_launch_configuration" "this" {\n  metadata_options {\n    http_tokens = "required"\n  }\n  # ...\n}',
  },
  references: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/autoscaling-controls.html#autoscaling-3',
  ],
  check(lc, ctx) {
    if (need(lc.config, 'metadataHttpEndpoint') === 'disabled')
      return ctx.pass({ metadataHttpEndpoint: 'disabled' }, 'the instance metadata service is disabled');
    const tokens = need(lc.config, 'metadataHttpTokens');
    if (tokens !== 'required') return ctx.fail('optional', { name: lc.name, tokens });
    return ctx.pass({ metadataHttpTokens: tokens });
  },
});
