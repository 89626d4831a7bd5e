import { UnknownFieldError } from '../../../model/errors.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../api.js';
import { ageInDays, dateOf, keyLabel } from './credentials.js';

/** Root use within this many days is a finding. */
const WINDOW_DAYS = 30;

export const rule = defineRule({
  id: 'aws-iam-root-not-recently-used',
  title: 'The root user has not been used in the last 30 days',
  description:
    'Everyday work as the root user means its credentials are exposed every day, and its actions cannot be ' +
    'limited by any policy. Root should be kept for the few tasks only it can do; recent sign-ins or access ' +
    'key use are worth a look, whether routine habit or a compromise.',
  severity: 'high',
  category: 'identity',
  aspects: ['credentials'],
  assetTypes: ['aws.account'],
  messages: {
    recentlyUsed: 'Root user of account {{name}} was used {{days}} day(s) ago ({{how}}, on {{date}})',
  },
  remediation: {
    text:
      'Find out who used the root user and why (CloudTrail events with userIdentity.type Root). Move routine ' +
      'work to IAM roles, delete root access keys, and keep the root credentials for break-glass use only.',
    cli: 'aws cloudtrail lookup-events --lookup-attributes AttributeKey=Username,AttributeValue=root --max-results 50',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-best-practices.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html',
  ],
  check(account, ctx) {
    const uses: { how: string; at: string }[] = [];
    let gap: UnknownFieldError | undefined;
    // A known recent use is a finding even when another credential's use could not be read.
    const password = account.config.rootPasswordLastUsed;
    if (isUnknown(password)) gap = new UnknownFieldError('rootPasswordLastUsed', password.$unknown);
    else if (password !== null) uses.push({ how: 'password sign-in', at: password });
    const keys = account.config.rootAccessKeys;
    if (isUnknown(keys)) gap ??= new UnknownFieldError('rootAccessKeys', keys.$unknown);
    else
      for (const k of keys)
        if (k.lastUsed !== null) uses.push({ how: `access key ${keyLabel(k.id)}`, at: k.lastUsed });

    const recent = uses
      .filter((u) => ageInDays(u.at, ctx.now) <= WINDOW_DAYS)
      .sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
    const latest = recent[0];
    if (latest !== undefined) {
      return ctx.fail(
        'recentlyUsed',
        { name: account.name, days: ageInDays(latest.at, ctx.now), how: latest.how, date: dateOf(latest.at) },
        { recentUses: recent },
      );
    }
    if (gap !== undefined) throw gap;
    return ctx.pass({ lastUses: uses });
  },
});
