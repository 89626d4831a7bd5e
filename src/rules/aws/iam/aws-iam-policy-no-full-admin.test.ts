import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { fullAdmin, readOnlyS3, securePolicy } from '../testing/identity-fixtures.js';
import { rule } from './aws-iam-policy-no-full-admin.js';

const policy = (config: Partial<typeof securePolicy>) =>
  assetOf('aws.iam.policy', { ...securePolicy, ...config }, { name: 'ops', region: 'global' });

runRuleTests(rule, {
  valid: [
    policy({}),
    {
      name: 'a Deny of everything is not a grant',
      asset: policy({ document: { Statement: [{ Effect: 'Deny', Action: '*', Resource: '*' }] } }),
    },
    {
      name: 'all actions on one resource',
      asset: policy({
        document: { Statement: [{ Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::b/*' }] },
      }),
    },
  ],
  invalid: [
    {
      asset: policy({ document: fullAdmin }),
      messageId: 'fullAdmin',
      message: 'Policy ops allows every action on every resource (statement Everything)',
    },
    {
      name: '"*:*" among other statements, no Sid',
      asset: policy({
        document: {
          Statement: [...readOnlyS3.Statement, { Effect: 'Allow', Action: ['*:*'], Resource: ['*'] }],
        },
      }),
      messageId: 'fullAdmin',
      message: 'Policy ops allows every action on every resource (statement #2)',
    },
  ],
  unknown: [{ asset: policy({ document: unknown('policy version is not valid JSON') }), field: 'document' }],
  notApplicable: [policy({ awsManaged: true, document: fullAdmin })],
});
