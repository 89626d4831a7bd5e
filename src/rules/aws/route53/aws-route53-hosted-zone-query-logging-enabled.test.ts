import type { ConfigOf } from '../../../inventory/types.js';
import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { rule } from './aws-route53-hosted-zone-query-logging-enabled.js';

const LOGS = 'arn:aws:logs:us-east-1:111122223333:log-group:/aws/route53/example.com';
const secure: ConfigOf<'aws.route53.hosted-zone'> = {
  zoneName: 'example.com.',
  privateZone: false,
  queryLoggingLogGroupArn: LOGS,
};
const zone = (c: Partial<typeof secure>) =>
  assetOf('aws.route53.hosted-zone', { ...secure, ...c }, { name: 'example.com.', region: 'global' });

runRuleTests(rule, {
  valid: [zone({})],
  invalid: [
    {
      asset: zone({ queryLoggingLogGroupArn: null }),
      messageId: 'off',
      message: 'Route 53 public hosted zone example.com. does not log DNS queries',
    },
  ],
  unknown: [
    { asset: zone({ privateZone: unknown('not recorded') }), field: 'privateZone' },
    { asset: zone({ queryLoggingLogGroupArn: unknown('not recorded') }), field: 'queryLoggingLogGroupArn' },
  ],
  notApplicable: [zone({ privateZone: true, queryLoggingLogGroupArn: null })],
});
