import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureBucket } from '../testing/fixtures.js';
import { rule } from './aws-combo-public-confidential-bucket.js';

const publicAcl = [
  { granteeType: 'CanonicalUser', grantee: 'owner-canonical-id', permission: 'FULL_CONTROL' },
  { granteeType: 'Group', grantee: 'http://acs.amazonaws.com/groups/global/AllUsers', permission: 'READ' },
];
const bucket = (config: Partial<typeof secureBucket>, tags: Record<string, string>) =>
  assetOf(
    'aws.s3.bucket',
    { ...secureBucket, publicAccessBlock: null, ...config },
    { name: 'payroll', tags },
  );

runRuleTests(rule, {
  valid: [
    bucket({ acl: publicAcl }, { classification: 'public' }),
    bucket({}, { classification: 'confidential' }),
  ],
  invalid: [
    {
      asset: bucket({ acl: publicAcl }, { classification: 'confidential' }),
      messageId: 'toxic',
      message:
        'Bucket payroll is tagged confidential and public: internet → payroll via public ACL (AllUsers)',
    },
  ],
  unknown: [],
  neverUnknown: 'it reads only the exposure graph and the failures of its component rules',
});
