import { UnknownFieldError } from '../../../model/errors.js';
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-config-recorder-enabled',
  title: 'AWS Config records every resource type in every region, global types in at least one',
  description:
    'AWS Config keeps the configuration history of resources: what changed, when, and how it related to ' +
    'other resources. It is what investigations and audits lean on, and what lets Parapet import an ' +
    'estate without credentials. A region without a recording recorder (or one that records only some ' +
    'types) has no such history; global types (IAM) need recording in one region.',
  severity: 'medium',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['aws.account'],
  messages: {
    notRecording: 'Account {{name}} has no AWS Config recorder recording in {{regions}}',
    partial: 'Account {{name}} AWS Config does not record every resource type in {{regions}}',
    noGlobal: 'Account {{name}} AWS Config records global resource types (IAM) in no region',
  },
  remediation: {
    text: 'In every region, create a configuration recorder that records all supported resource types (with global types in one region), a delivery channel, and start recording.',
    cli:
      'aws configservice put-configuration-recorder --configuration-recorder name=default,roleARN=<role-arn> --recording-group allSupported=true,includeGlobalResourceTypes=true\n' +
      'aws configservice start-configuration-recorder --configuration-recorder-name default',
  },
  references: [
    'https://docs.aws.amazon.com/config/latest/developerguide/gs-cli.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/config-controls.html#config-1',
  ],
  check(account, ctx) {
    const regions = need(account.config, 'configRecorder');
    if (regions.length === 0)
      throw new UnknownFieldError('configRecorder', 'the source read the setting in no region');
    const off = regions.filter((r) => !r.recording).map((r) => r.region);
    if (off.length > 0) return ctx.fail('notRecording', { name: account.name, regions: off.join(', ') });
    const partial = regions.filter((r) => !r.allResourceTypes).map((r) => r.region);
    if (partial.length > 0) return ctx.fail('partial', { name: account.name, regions: partial.join(', ') });
    if (!regions.some((r) => r.includesGlobalTypes)) return ctx.fail('noGlobal', { name: account.name });
    return ctx.pass();
  },
});
