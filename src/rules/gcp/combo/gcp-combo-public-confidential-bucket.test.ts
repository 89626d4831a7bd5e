import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureBucket } from '../testing/fixtures.js';
import { rule } from './gcp-combo-public-confidential-bucket.js';

const bucket = (isPublic: boolean, labels: Record<string, string>) =>
  assetOf(
    'gcp.storage.bucket',
    {
      ...secureBucket,
      iamBindings: isPublic
        ? [{ role: 'roles/storage.objectViewer', members: ['allUsers'], condition: null }]
        : [],
    },
    { name: 'patient-exports', tags: labels },
  );

runRuleTests(rule, {
  valid: [
    bucket(false, { 'data-classification': 'confidential' }),
    bucket(true, { 'data-classification': 'public' }),
  ],
  invalid: [
    {
      asset: bucket(true, { 'data-classification': 'confidential' }),
      messageId: 'toxic',
      message:
        'Bucket patient-exports is labelled confidential and public: internet → patient-exports via allUsers has roles/storage.objectViewer',
    },
  ],
  unknown: [],
  neverUnknown: 'it reads only the exposure graph and the failures of its component rules',
});
