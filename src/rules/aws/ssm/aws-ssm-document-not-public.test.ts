import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureSsmDocument } from '../testing/app-fixtures.js';
import { rule } from './aws-ssm-document-not-public.js';

const doc = (config: Partial<typeof secureSsmDocument>) =>
  assetOf('aws.ssm.document', { ...secureSsmDocument, ...config }, { name: 'deploy' });

runRuleTests(rule, {
  valid: [doc({}), doc({ sharedWith: [] })],
  invalid: [
    {
      asset: doc({ sharedWith: ['all'] }),
      messageId: 'public',
      message: 'SSM document deploy is shared publicly',
    },
    {
      asset: doc({ sharedWith: ['444455556666', 'All'] }),
      messageId: 'public',
      message: 'SSM document deploy is shared publicly',
    },
  ],
  unknown: [
    { asset: doc({ sharedWith: unknown('AWS Config does not record sharing') }), field: 'sharedWith' },
  ],
});
