import { defineRule, known, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-ec2-instance-imdsv2-required',
  title: 'EC2 instances require IMDSv2 for instance metadata',
  description:
    'IMDSv1 answers any plain GET to 169.254.169.254, so a server-side request forgery or open proxy on the ' +
    'instance can read the credentials of its IAM role. IMDSv2 requires a session token obtained with a PUT, ' +
    'which such attacks cannot make.',
  severity: 'medium',
  category: 'compute',
  aspects: ['credentials'],
  assetTypes: ['aws.ec2.instance'],
  messages: {
    optional: 'Instance {{name}} accepts IMDSv1 requests (metadata httpTokens is {{tokens}})',
  },
  remediation: {
    text: 'Set the instance metadata options to require tokens (IMDSv2), after checking the software on the instance uses a current AWS SDK.',
    cli: 'aws ec2 modify-instance-metadata-options --instance-id <instance-id> --http-tokens required --http-endpoint enabled',
    terraform:
      'resource "aws_instance" "this" {\n  # ...\n  metadata_options {\n    http_tokens   = "required"\n    http_endpoint = "enabled"\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-8',
  ],
  check(instance, ctx) {
    if (need(instance.config, 'state') === 'terminated') return ctx.notApplicable('instance is terminated');
    const options = need(instance.config, 'metadataOptions');
    if (known(options.httpEndpoint, 'metadataOptions.httpEndpoint') === 'disabled') {
      return ctx.pass({ httpEndpoint: 'disabled' }, 'the metadata service is turned off');
    }
    const tokens = known(options.httpTokens, 'metadataOptions.httpTokens');
    if (tokens !== 'required')
      return ctx.fail('optional', { name: instance.name, tokens }, { metadataOptions: options });
    return ctx.pass({ metadataOptions: options });
  },
});
