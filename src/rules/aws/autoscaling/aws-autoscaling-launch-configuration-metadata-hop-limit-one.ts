import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-autoscaling-launch-configuration-metadata-hop-limit-one',
  title: 'Auto Scaling launch configurations keep the metadata response hop limit at 1',
  description:
    'With a hop limit above 1, instance metadata responses (role credentials included) reach containers and ' +
    'other network hops behind the instance, not only the instance itself.',
  severity: 'high',
  category: 'compute',
  aspects: ['credentials'],
  assetTypes: ['aws.autoscaling.launch-configuration'],
  messages: { high: 'Launch configuration {{name}} lets metadata responses travel {{hops}} hops' },
  remediation: {
    text: 'Create a launch configuration (better, a launch template) with a metadata response hop limit of 1 and switch the group to it.',
    terraform:
      'resource "aws_launch_configuration" "this" {\n  metadata_options {\n    http_put_response_hop_limit = 1\n  }\n  # ...\n}',
  },
  references: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/autoscaling-controls.html#autoscaling-4',
  ],
  check(lc, ctx) {
    if (need(lc.config, 'metadataHttpEndpoint') === 'disabled')
      return ctx.pass({ metadataHttpEndpoint: 'disabled' }, 'the instance metadata service is disabled');
    const hops = need(lc.config, 'metadataHopLimit');
    if (hops > 1) return ctx.fail('high', { name: lc.name, hops });
    return ctx.pass({ metadataHopLimit: hops });
  },
});
