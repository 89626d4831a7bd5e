import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureNotebookInstance } from '../testing/analytics-fixtures.js';
import { rule } from './aws-sagemaker-notebook-no-direct-internet-access.js';

const notebook = (config: Partial<typeof secureNotebookInstance>) =>
  assetOf('aws.sagemaker.notebook-instance', { ...secureNotebookInstance, ...config }, { name: 'research' });

runRuleTests(rule, {
  valid: [notebook({})],
  invalid: [
    {
      asset: notebook({ directInternetAccess: true }),
      messageId: 'direct',
      message: 'SageMaker notebook instance research has direct internet access',
    },
  ],
  unknown: [
    { asset: notebook({ directInternetAccess: unknown('not recorded') }), field: 'directInternetAccess' },
  ],
});
