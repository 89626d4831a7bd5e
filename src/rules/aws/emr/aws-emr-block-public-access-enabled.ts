import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-emr-block-public-access-enabled',
  title: 'EMR block public access is on, with no exemption beyond SSH',
  description:
    'Block public access stops any EMR cluster from starting with a security group that admits the internet, except on the ports you exempt. Off, or exempting more than port 22, one careless security group exposes a whole cluster.',
  severity: 'critical',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['aws.emr.block-public-access'],
  messages: {
    off: 'EMR block public access is off in {{region}}',
    ports: 'EMR block public access in {{region}} exempts ports {{ports}}, beyond SSH',
  },
  remediation: {
    text: 'Turn on EMR block public access in every region and exempt at most port 22.',
    cli: 'aws emr put-block-public-access-configuration --block-public-access-configuration BlockPublicSecurityGroupRules=true,PermittedPublicSecurityGroupRuleRanges=[{MinRange=22,MaxRange=22}]',
  },
  references: [
    'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-block-public-access.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/emr-controls.html#emr-2',
  ],
  check(d, ctx) {
    if (!need(d.config, 'blockPublicSecurityGroupRules')) return ctx.fail('off', { region: d.region });
    const extra = need(d.config, 'permittedPortRanges').filter((r) => !(r.from === 22 && r.to === 22));
    if (extra.length === 0) return ctx.pass();
    const ports = extra.map((r) => (r.from === r.to ? `${r.from}` : `${r.from}-${r.to}`)).join(', ');
    return ctx.fail('ports', { region: d.region, ports });
  },
});
