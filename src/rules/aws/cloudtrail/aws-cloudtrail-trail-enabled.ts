import { UnknownFieldError } from '../../../model/errors.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-cloudtrail-trail-enabled',
  title: 'The account has at least one CloudTrail trail that is logging',
  description:
    'Without a trail that is logging, API activity is kept only in the 90-day event history, which cannot ' +
    'be protected, retained or analysed like delivered logs. This is the minimum; ' +
    'aws-cloudtrail-multi-region-trail-enabled asks for a trail that covers every region.',
  severity: 'high',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['aws.account'],
  requires: ['aws.cloudtrail.trail'],
  messages: {
    none: 'Account {{name}} has no CloudTrail trail',
    notLogging: 'Account {{name}} has no CloudTrail trail that is logging ({{trails}})',
  },
  remediation: {
    text: 'Create a trail (preferably multi-region) delivering to a protected S3 bucket, and start logging.',
    cli:
      'aws cloudtrail create-trail --name management-events --s3-bucket-name <bucket> --is-multi-region-trail\n' +
      'aws cloudtrail start-logging --name management-events',
  },
  references: [
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-create-and-update-a-trail.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html#cloudtrail-3',
  ],
  check(account, ctx) {
    const trails = ctx.assets('aws.cloudtrail.trail', { account: account.account });
    let gap: UnknownFieldError | undefined;
    const stopped: string[] = [];
    for (const trail of trails) {
      const logging = trail.config.isLogging;
      if (logging === true) return ctx.pass({ trail: trail.uid });
      if (isUnknown(logging))
        gap ??= new UnknownFieldError('isLogging', `trail ${trail.name}: ${logging.$unknown}`);
      else stopped.push(trail.name);
    }
    if (gap !== undefined) throw gap;
    if (!need(account.config, 'trailsListed'))
      throw new UnknownFieldError('trailsListed', 'the source did not list every trail of the account');
    if (trails.length === 0) return ctx.fail('none', { name: account.name });
    return ctx.fail('notLogging', { name: account.name, trails: stopped.join(', ') });
  },
});
