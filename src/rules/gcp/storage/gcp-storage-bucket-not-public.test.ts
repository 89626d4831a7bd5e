import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureBucket } from '../testing/fixtures.js';
import { rule } from './gcp-storage-bucket-not-public.js';

const bucket = (config: Partial<typeof secureBucket>) =>
  assetOf(
    'gcp.storage.bucket',
    { ...secureBucket, ...config },
    { name: 'data', uid: '//storage.googleapis.com/data' },
  );

const publicRead = [
  { role: 'roles/storage.legacyBucketOwner', members: ['projectOwner:acme-prod'], condition: null },
  { role: 'roles/storage.objectViewer', members: ['allUsers', 'user:bob@acme.example'], condition: null },
];

runRuleTests(rule, {
  valid: [
    bucket({}),
    { name: 'no bindings at all', asset: bucket({ iamBindings: [], publicAccessPrevention: 'inherited' }) },
    {
      name: 'public binding neutralised by enforced public access prevention',
      asset: bucket({ iamBindings: publicRead }),
    },
  ],
  invalid: [
    {
      name: 'allUsers object viewer',
      asset: bucket({ iamBindings: publicRead, publicAccessPrevention: 'inherited' }),
      messageId: 'public',
      message: 'Bucket data grants roles/storage.objectViewer to allUsers',
    },
    {
      name: 'allAuthenticatedUsers under a condition',
      asset: bucket({
        publicAccessPrevention: 'inherited',
        iamBindings: [
          {
            role: 'roles/storage.objectAdmin',
            members: ['allAuthenticatedUsers'],
            condition: { title: 'tmp', expression: 'resource.name.startsWith("tmp/")', description: null },
          },
        ],
      }),
      messageId: 'public',
      message: 'Bucket data grants roles/storage.objectAdmin (if: tmp) to allAuthenticatedUsers',
    },
    {
      name: 'public binding from an iam-policy-only export (prevention setting unknown)',
      asset: bucket({
        iamBindings: publicRead,
        publicAccessPrevention: unknown('this CAI record is an iam-policy export'),
      }),
      messageId: 'public',
    },
  ],
  unknown: [
    {
      asset: bucket({
        iamBindings: unknown('export with --content-type=iam-policy to assess the IAM policy'),
      }),
      field: 'iamBindings',
    },
  ],
});
