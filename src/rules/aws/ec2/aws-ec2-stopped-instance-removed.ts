import { defineRule, need } from '../../api.js';

/** AWS's default for FSBP EC2.4 (`allowedDays`). */
const ALLOWED_DAYS = 30;
const DAY_MS = 86_400_000;

export const rule = defineRule({
  id: 'aws-ec2-stopped-instance-removed',
  title: `Stopped EC2 instances are removed after ${ALLOWED_DAYS} days`,
  description:
    'An instance stopped for a long time is usually forgotten: its software is not patched, and it comes back ' +
    'unpatched the day someone starts it. Terminate instances that have been stopped for more than ' +
    `${ALLOWED_DAYS} days (AWS's default period), keeping an AMI or snapshot if the data matters. The stop ` +
    "time is read from the instance's state transition reason and judged at the scan time (`--at`).",
  severity: 'medium',
  category: 'compute',
  aspects: ['exposure'],
  assetTypes: ['aws.ec2.instance'],
  messages: {
    stale: 'Instance {{name}} has been stopped for {{days}} days (since {{since}}), more than {{allowed}}',
  },
  remediation: {
    text: `Terminate instances stopped for more than ${ALLOWED_DAYS} days, after creating an AMI or snapshots if their data must be kept.`,
    cli: 'aws ec2 terminate-instances --instance-ids <instance-id>',
  },
  references: ['https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-4'],
  check(instance, ctx) {
    const state = need(instance.config, 'state');
    if (state !== 'stopped') return ctx.notApplicable(`the instance is ${state}`);
    const since = need(instance.config, 'stateTransitionTime');
    if (since === null)
      return ctx.unknown(
        'stateTransitionTime',
        'the state transition reason of the stopped instance names no time',
      );
    const stoppedAt = Date.parse(since);
    if (Number.isNaN(stoppedAt)) return ctx.unknown('stateTransitionTime', `"${since}" is not a time`);
    const days = Math.floor((ctx.now.getTime() - stoppedAt) / DAY_MS);
    if (days > ALLOWED_DAYS)
      return ctx.fail(
        'stale',
        { name: instance.name, days, since, allowed: ALLOWED_DAYS },
        { stoppedAt: since },
      );
    return ctx.pass({ stoppedAt: since, days });
  },
});
