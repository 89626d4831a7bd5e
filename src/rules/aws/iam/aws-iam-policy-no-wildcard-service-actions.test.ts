import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { securePolicy } from '../testing/identity-fixtures.js';
import { rule } from './aws-iam-policy-no-wildcard-service-actions.js';

const policy = (config: Partial<typeof securePolicy>) =>
  assetOf('aws.iam.policy', { ...securePolicy, ...config }, { name: 'data-team', region: 'global' });

runRuleTests(rule, {
  valid: [
    policy({}),
    {
      name: 'prefix wildcards are narrower than a whole service',
      asset: policy({ document: { Statement: [{ Effect: 'Allow', Action: 's3:Get*', Resource: '*' }] } }),
    },
    {
      name: 'a Deny of a whole service is fine',
      asset: policy({ document: { Statement: [{ Effect: 'Deny', Action: 'iam:*', Resource: '*' }] } }),
    },
  ],
  invalid: [
    {
      asset: policy({
        document: {
          Statement: [
            { Effect: 'Allow', Action: ['s3:*', 'dynamodb:GetItem'], Resource: '*' },
            { Effect: 'Allow', Action: 'iam:*', Resource: '*' },
          ],
        },
      }),
      messageId: 'wildcard',
      message: 'Policy data-team allows service-wide wildcard actions: s3:*, iam:*',
    },
  ],
  unknown: [{ asset: policy({ document: unknown('not in the record') }), field: 'document' }],
  notApplicable: [policy({ awsManaged: true })],
});
