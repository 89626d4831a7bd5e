import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureTrail } from '../testing/identity-fixtures.js';
import { rule } from './aws-cloudtrail-trail-cloudwatch-logs-integrated.js';

const trail = (config: Partial<typeof secureTrail>) =>
  assetOf('aws.cloudtrail.trail', { ...secureTrail, ...config }, { name: 'main' });

runRuleTests(rule, {
  valid: [trail({})],
  invalid: [
    {
      asset: trail({ cloudWatchLogsLogGroupArn: null, cloudWatchLogsRoleArn: null }),
      messageId: 'none',
      message: 'Trail main does not send events to CloudWatch Logs',
    },
  ],
  unknown: [
    {
      asset: trail({ cloudWatchLogsLogGroupArn: unknown('not in the record') }),
      field: 'cloudWatchLogsLogGroupArn',
    },
  ],
});
